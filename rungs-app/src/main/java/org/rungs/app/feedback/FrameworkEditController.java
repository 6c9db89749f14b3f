package org.rungs.app.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a framework file in the browser, for its owners and admins: the file's text in a
 * textarea, a preview and the validator's located problems on every "Preview" (a post that renders
 * the page again: no script needed), and "Save", which writes and commits the text only if it
 * validates and the file is still the one the form was loaded from (else 409 with the difference).
 */
@RestController
class FrameworkEditController {

  private final PersonAccess access;
  private final FrameworkLibrary library;
  private final FrameworkOwners owners;
  private final FileWriteBack files;
  private final HtmlPages pages;

  FrameworkEditController(
      PersonAccess access,
      FrameworkLibrary library,
      FrameworkOwners owners,
      FileWriteBack files,
      HtmlPages pages) {
    this.access = access;
    this.library = library;
    this.owners = owners;
    this.files = files;
    this.pages = pages;
  }

  @GetMapping("/feedback/edit/")
  public ResponseEntity<String> edit(
      @RequestParam String path, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Framework> framework = library.current().set().find(path);
    if (framework.isEmpty()) {
      return pages.notFound("/feedback/edit/", "There is no framework at " + path + ".");
    }
    if (!owners.mayDecide(viewer, path)) {
      return forbidden(viewer, path, request);
    }
    byte[] bytes = read(framework.get().source());
    String text = new String(bytes, StandardCharsets.UTF_8);
    return show(
        viewer,
        path,
        framework.get().source(),
        text,
        hash(bytes),
        null,
        null,
        request,
        HttpStatus.OK);
  }

  @PostMapping("/feedback/edit/")
  public ResponseEntity<String> save(
      @RequestParam String path,
      @RequestParam Map<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Framework> framework = library.current().set().find(path);
    if (framework.isEmpty()) {
      return pages.notFound("/feedback/edit/", "There is no framework at " + path + ".");
    }
    if (!owners.mayDecide(viewer, path)) {
      return forbidden(viewer, path, request);
    }
    String source = framework.get().source();
    // Browsers send a textarea's line ends as CRLF; a file written with LF keeps LF.
    String text = form.getOrDefault("text", "");
    byte[] now = read(source);
    if (!new String(now, StandardCharsets.UTF_8).contains("\r\n")) {
      text = text.replace("\r\n", "\n");
    }
    String hash = form.getOrDefault("hash", "");
    if (!"save".equals(form.get("action"))) {
      return show(viewer, path, source, text, hash, null, null, request, HttpStatus.OK);
    }
    if (!hash.equals(hash(now))) {
      String conflict =
          FileWriteBack.patch(
              source, form.getOrDefault("text", "").getBytes(StandardCharsets.UTF_8), now);
      return show(
          viewer,
          path,
          source,
          text,
          hash,
          "Not saved: the file changed since you opened it. The difference from your text to the file"
              + " now is below; copy your changes, then reload.",
          conflict,
          request,
          HttpStatus.CONFLICT);
    }
    FrameworkSet checked = check(source, text);
    if (checked.problemsOf(source).stream().anyMatch(Problem::isError)) {
      return show(
          viewer,
          path,
          source,
          text,
          hash,
          "Not saved: fix the errors below first.",
          null,
          request,
          HttpStatus.BAD_REQUEST);
    }
    byte[] after = text.getBytes(StandardCharsets.UTF_8);
    FileWriteBack.Written written =
        files.write(
            source,
            now,
            after,
            new FileWriteBack.Committer(viewer.name(), viewer.email()),
            "Edit " + path + " in the browser\n\nSaved by " + viewer.name() + " in Rungs.\n");
    String notice =
        written.written()
            ? "Saved"
                + (written.commit() == null
                    ? "."
                    : " and committed (" + written.commit().substring(0, 10) + ").")
            : "The folder is not writable: apply the difference below to the file.";
    return show(
        viewer,
        path,
        source,
        text,
        hash(after),
        notice,
        written.written() ? null : written.patch(),
        request,
        HttpStatus.OK);
  }

  private ResponseEntity<String> show(
      Person viewer,
      String path,
      String source,
      String text,
      String hash,
      String notice,
      String conflict,
      HttpServletRequest request,
      HttpStatus status) {
    FrameworkSet checked = check(source, text);
    List<Problem> problems = checked.problemsOf(source);
    Framework preview =
        checked.frameworks().stream()
            .filter(f -> f.source().equals(source))
            .findFirst()
            .orElse(null);
    return pages.render(
        "feedback/edit.jte",
        new EditPage(
            pages.chrome("Edit " + path, "/feedback/edit/", PersonViewer.of(viewer), request),
            path,
            source,
            text,
            hash,
            problems.stream().map(Problem::toString).toList(),
            problems.stream().anyMatch(Problem::isError),
            preview,
            notice,
            conflict,
            org.rungs.app.web.Csrf.of(request)),
        status);
  }

  private ResponseEntity<String> forbidden(Person viewer, String path, HttpServletRequest request) {
    return pages.render(
        "notfound.jte",
        new org.rungs.app.web.NotFoundPage(
            pages.chrome("Not allowed", "/feedback/edit/", PersonViewer.of(viewer), request),
            "Only an owner of " + path + " (see OWNERS) or an admin can edit it."),
        HttpStatus.FORBIDDEN);
  }

  /** The text read as the file, with the generic framework beside it for inheritance. */
  private FrameworkSet check(String source, String text) {
    List<String> names = new ArrayList<>(List.of(source));
    List<FrameworkParser.Parsed> parsed =
        new ArrayList<>(List.of(FrameworkParser.parse(text, source)));
    library
        .current()
        .set()
        .generic()
        .filter(generic -> !generic.source().equals(source))
        .ifPresent(
            generic -> {
              names.add(generic.source());
              parsed.add(FrameworkParser.parse(read(generic.source()), generic.source()));
            });
    return Frameworks.resolve(names, parsed, List.of());
  }

  private byte[] read(String source) {
    Path file = files.fileOf(source);
    try {
      return Files.readAllBytes(file);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException always) {
      throw new IllegalStateException(always);
    }
  }
}
