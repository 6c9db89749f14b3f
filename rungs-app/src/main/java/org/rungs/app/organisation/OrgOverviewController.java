package org.rungs.app.organisation;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation overview pages: for admins (everyone) and for managers of managers (their own
 * organisation), the whole at {@code /org/} and each manager's part at {@code /org/ID/}. Anyone
 * else is refused with the reason and sent to My team.
 */
@RestController
class OrgOverviewController {

  private final OrgOverview overview;
  private final PersonAccess access;
  private final HtmlPages pages;

  OrgOverviewController(OrgOverview overview, PersonAccess access, HtmlPages pages) {
    this.overview = overview;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping({"/org", "/org/"})
  ResponseEntity<String> page(
      @RequestParam(name = "page", defaultValue = "1") int page,
      Authentication authentication,
      HttpServletRequest request) {
    return render(null, page, "/org/", authentication, request);
  }

  @GetMapping("/org/{id}/")
  ResponseEntity<String> part(
      @PathVariable long id,
      @RequestParam(name = "page", defaultValue = "1") int page,
      Authentication authentication,
      HttpServletRequest request) {
    return render(id, page, "/org/" + id + "/", authentication, request);
  }

  @GetMapping("/org/{id}")
  ResponseEntity<String> partFolder(@PathVariable long id) {
    return HtmlPages.seeOther("/org/" + id + "/");
  }

  private ResponseEntity<String> render(
      Long top, int page, String url, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    OrgOverview.Overview made = overview.of(viewer, top, page);
    return pages.render(
        "organisation/overview.jte",
        new OrgOverviewPage(
            pages.chrome(
                made.top() == null ? "Organisation" : made.scope(),
                url,
                PersonViewer.of(viewer),
                request),
            made.scope(),
            made.people(),
            made.top(),
            made.trail(),
            made.nodes(),
            made.page(),
            made.pages(),
            made.headcount(),
            made.disputed(),
            made.ready(),
            made.overdue(),
            made.checkInAges()),
        HttpStatus.OK);
  }
}
