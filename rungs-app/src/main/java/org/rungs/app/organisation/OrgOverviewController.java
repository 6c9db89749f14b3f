package org.rungs.app.organisation;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation overview page: for admins (everyone) and for managers of managers (their own
 * organisation). Anyone else is refused with the reason and sent to My team.
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
  ResponseEntity<String> page(Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    OrgOverview.Overview made = overview.of(viewer);
    if (!viewer.isAdmin() && !made.managesManagers()) {
      throw new Refused(
          new Refusal.Forbidden(
              "the organisation overview is for admins and managers of managers; your own"
                  + " reports are on My team"));
    }
    return pages.render(
        "organisation/overview.jte",
        new OrgOverviewPage(
            pages.chrome("Organisation", "/org/", PersonViewer.of(viewer), request),
            made.scope(),
            made.people(),
            made.roots(),
            made.headcount(),
            made.disputed(),
            made.ready(),
            made.checkInAges()),
        HttpStatus.OK);
  }
}
