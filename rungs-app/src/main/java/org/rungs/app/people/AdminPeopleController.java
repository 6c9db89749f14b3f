package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The people team's page: everyone, searched, filtered and paged on the server; adding a person;
 * and importing people from CSV (with a dry run).
 */
@RestController
class AdminPeopleController {

  private final PersonRepository people;
  private final PeopleDirectory directory;
  private final PersonAccess access;
  private final PeopleImporter importer;
  private final Accounts accounts;
  private final HtmlPages pages;
  private final SignInSettings signIn;
  private final org.rungs.app.frameworks.FrameworkLibrary frameworks;

  public AdminPeopleController(
      PersonRepository people,
      PeopleDirectory directory,
      PersonAccess access,
      PeopleImporter importer,
      Accounts accounts,
      HtmlPages pages,
      org.rungs.app.frameworks.FrameworkLibrary frameworks,
      SignInSettings signIn) {
    this.signIn = signIn;
    this.frameworks = frameworks;
    this.people = people;
    this.directory = directory;
    this.access = access;
    this.importer = importer;
    this.accounts = accounts;
    this.pages = pages;
  }

  @GetMapping({"/admin/people", "/admin/people/"})
  public ResponseEntity<String> page(
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "team", required = false) Long team,
      @RequestParam(name = "manager", required = false) Long manager,
      @RequestParam(name = "framework", required = false) String framework,
      @RequestParam(name = "level", required = false) Integer level,
      @RequestParam(name = "sublevel", required = false) String subLevel,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @RequestParam(name = "size", defaultValue = "50") int size,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response) {
    PeopleFilter filter =
        new PeopleFilter(
            text, team, manager, framework, level, subLevel, status(status), page, size);
    return render(
        filter,
        null,
        IssuedPasswordHandOver.take(request, response).orElse(null),
        null,
        "/admin/people/",
        authentication,
        request);
  }

  static PeopleFilter.Status status(String status) {
    if (status == null) {
      return PeopleFilter.Status.ACTIVE;
    }
    return switch (status.toLowerCase(java.util.Locale.ROOT)) {
      case "deactivated" -> PeopleFilter.Status.DEACTIVATED;
      case "all" -> PeopleFilter.Status.ALL;
      default -> PeopleFilter.Status.ACTIVE;
    };
  }

  /** Asks before a new one-time password replaces someone's password. */
  @GetMapping("/admin/people/{id}/password")
  public ResponseEntity<String> confirmPassword(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    // The page is /admin/people/{id}/password: its links are relative to the folder it is in.
    String url = "/admin/people/" + id + "/";
    return people
        .findById(id)
        .map(
            person ->
                pages.render(
                    "people/new-password.jte",
                    new NewPasswordPage(
                        pages.chrome(
                            "New password for " + person.name(),
                            url,
                            PersonViewer.of(access.viewer(authentication)),
                            request),
                        person,
                        Csrf.of(request)),
                    HttpStatus.OK))
        .orElseGet(() -> pages.notFound(url, "There is no person " + id + "."));
  }

  /**
   * A new one-time password for someone, shown once on the people page it redirects to, so that
   * reloading that page cannot issue another.
   */
  @PostMapping("/admin/people/{id}/password")
  public ResponseEntity<String> issuePassword(
      @PathVariable long id,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response) {
    return people
        .findById(id)
        .map(
            person -> {
              IssuedPasswordHandOver.hold(
                  accounts.addOrReset(person.email(), person.name(), person.role()),
                  request,
                  response);
              return HtmlPages.seeOther("/admin/people/#issued");
            })
        .orElseGet(() -> pages.notFound(request.getRequestURI(), "There is no person " + id + "."));
  }

  @PostMapping("/admin/people/import")
  public ResponseEntity<String> importCsv(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "csv", required = false) String checkedCsv,
      @RequestParam(name = "dryRun", required = false) String dryRun,
      Authentication authentication,
      HttpServletRequest request)
      throws IOException {
    Person admin = access.viewer(authentication);
    // After a clean dry run the page offers to import the very same text, so the file need not
    // be chosen again.
    byte[] csv =
        checkedCsv != null
            ? checkedCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : file == null ? new byte[0] : file.getBytes();
    PeopleImporter.Report report = importer.importCsv(csv, dryRun != null, admin.id());
    String text =
        report.written() || !report.checked().isClean()
            ? null
            : new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    return render(
        PeopleFilter.everyone(), report, null, text, "/admin/people/", authentication, request);
  }

  private ResponseEntity<String> render(
      PeopleFilter filter,
      PeopleImporter.Report report,
      Accounts.NewAccount issued,
      String checkedCsv,
      String url,
      Authentication authentication,
      HttpServletRequest request) {
    HttpStatus status =
        report != null && !report.checked().isClean() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    return pages.render(
        "people/admin.jte",
        new AdminPeoplePage(
            pages.chrome("People", url, PersonViewer.of(access.viewer(authentication)), request),
            directory.find(filter),
            directory.managers(),
            frameworks(),
            report,
            issued,
            checkedCsv,
            Csrf.of(request),
            signIn.passwords()),
        status);
  }

  private java.util.List<String> frameworks() {
    return frameworks.current().set().frameworks().stream()
        .filter(framework -> framework.levels() > 0)
        .map(org.rungs.framework.Framework::path)
        .sorted()
        .toList();
  }
}
