package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.rungs.app.site.Chrome;
import org.rungs.app.system.HtmlPages;
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
public class AdminPeopleController {

  /** The page, with the outcome of an import if one was just tried. */
  public record Page(
      Chrome chrome,
      List<Person> people,
      PeopleImporter.Report report,
      Accounts.NewAccount issued,
      HtmlPages.Csrf csrf) {}

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
  public ResponseEntity<String> page(HttpServletRequest request) {
    return render(null, null, request);
  }

  /** A new one-time password for someone, shown once, so they can sign in. */
  @PostMapping("/admin/people/{id}/password")
  public ResponseEntity<String> issuePassword(
      @org.springframework.web.bind.annotation.PathVariable long id, HttpServletRequest request) {
    return people
        .findById(id)
        .map(
            person ->
                render(
                    null,
                    accounts.addOrReset(person.email(), person.name(), person.role()),
                    request))
        .orElseGet(() -> pages.notFound(request.getRequestURI(), "There is no person " + id + "."));
  }

  @PostMapping("/admin/people/import")
  public ResponseEntity<String> importCsv(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "dryRun", required = false) String dryRun,
      Authentication authentication,
      HttpServletRequest request)
      throws IOException {
    Person admin = access.viewer(authentication);
    PeopleImporter.Report report = importer.importCsv(file.getBytes(), dryRun != null, admin.id());
    return render(report, null, request);
  }

  private ResponseEntity<String> render(
      PeopleImporter.Report report, Accounts.NewAccount issued, HttpServletRequest request) {
    HttpStatus status =
        report != null && !report.checked().isClean() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    return pages.render(
        "people/admin.jte",
        new Page(
            pages.chrome("People", "/admin/people/"),
            people.findAll(),
            report,
            issued,
            HtmlPages.csrf(request)),
        status);
  }
}
