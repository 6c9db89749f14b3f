package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The people team's page: everyone, and importing people from CSV (with a dry run). */
@RestController
class AdminPeopleController {

  private final PersonRepository people;
  private final PersonAccess access;
  private final PeopleImporter importer;
  private final Accounts accounts;
  private final HtmlPages pages;

  public AdminPeopleController(
      PersonRepository people,
      PersonAccess access,
      PeopleImporter importer,
      Accounts accounts,
      HtmlPages pages) {
    this.people = people;
    this.access = access;
    this.importer = importer;
    this.accounts = accounts;
    this.pages = pages;
  }

  @GetMapping({"/admin/people", "/admin/people/"})
  public ResponseEntity<String> page(Authentication authentication, HttpServletRequest request) {
    return render(null, null, null, "/admin/people/", authentication, request);
  }

  /** A new one-time password for someone, shown once, so they can sign in. */
  @PostMapping("/admin/people/{id}/password")
  public ResponseEntity<String> issuePassword(
      @org.springframework.web.bind.annotation.PathVariable long id,
      Authentication authentication,
      HttpServletRequest request) {
    return people
        .findById(id)
        .map(
            person ->
                render(
                    null,
                    accounts.addOrReset(person.email(), person.name(), person.role()),
                    null,
                    // The form posted to /admin/people/{id}/password: links are relative to that.
                    "/admin/people/" + id + "/",
                    authentication,
                    request))
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
    return render(report, null, text, "/admin/people/", authentication, request);
  }

  private ResponseEntity<String> render(
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
            people.findAll(),
            report,
            issued,
            checkedCsv,
            Csrf.of(request)),
        status);
  }
}
