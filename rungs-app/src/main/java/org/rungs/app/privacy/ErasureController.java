package org.rungs.app.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Leavers;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins see who left and who is due under retention, and erase a person. */
@RestController
class ErasureController {

  private final Leavers leavers;
  private final Erasures erasures;
  private final Retention retention;
  private final PersonAccess access;
  private final HtmlPages pages;

  ErasureController(
      Leavers leavers,
      Erasures erasures,
      Retention retention,
      PersonAccess access,
      HtmlPages pages) {
    this.leavers = leavers;
    this.erasures = erasures;
    this.retention = retention;
    this.access = access;
    this.pages = pages;
  }

  @GetMapping({"/admin/privacy", "/admin/privacy/"})
  ResponseEntity<String> privacy(
      @RequestParam(required = false) Long erased,
      Authentication authentication,
      HttpServletRequest request) {
    var settings = retention.settings();
    return pages.render(
        "privacy/privacy.jte",
        new PrivacyPage(
            pages.chrome(
                "Personal data",
                "/admin/privacy/",
                PersonViewer.of(access.viewer(authentication)),
                request),
            settings.retention() == null ? null : settings.retention().toString(),
            retention.due(),
            leavers.notErased(),
            erased == null ? null : "Person " + erased + " was erased."),
        HttpStatus.OK);
  }

  @GetMapping("/admin/people/{id}/erase/")
  ResponseEntity<String> page(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    return leavers
        .byId(id)
        .map(standing -> render(standing, Map.of(), "", authentication, request, HttpStatus.OK))
        .orElseGet(() -> pages.notFound(request.getRequestURI(), "There is no person " + id + "."));
  }

  @PostMapping("/admin/people/{id}/erase/")
  ResponseEntity<String> erase(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean confirm,
      @RequestParam(defaultValue = "") String email,
      Authentication authentication,
      HttpServletRequest request) {
    Optional<Leavers.Standing> found = leavers.byId(id);
    if (found.isEmpty()) {
      return pages.notFound(request.getRequestURI(), "There is no person " + id + ".");
    }
    Leavers.Standing standing = found.get();
    Optional<Refusal> refused =
        ErasureConfirmation.check(standing, confirm, email)
            .or(() -> erasures.erase(standing, access.viewer(authentication).id()));
    if (refused.isPresent()) {
      Map<String, String> errors =
          refused.get() instanceof Refusal.Invalid invalid
              ? invalid.errors()
              : Map.of("erase", refused.get().reason());
      return render(
          standing, errors, email, authentication, request, RefusalStatus.of(refused.get()));
    }
    return HtmlPages.seeOther("/admin/privacy/?erased=" + id);
  }

  private ResponseEntity<String> render(
      Leavers.Standing standing,
      Map<String, String> errors,
      String typedEmail,
      Authentication authentication,
      HttpServletRequest request,
      HttpStatus status) {
    String name = standing.person().name();
    return pages.render(
        "privacy/erase.jte",
        new ErasurePage(
            pages.chrome(
                "Erase " + name,
                "/admin/people/" + standing.person().id() + "/erase/",
                PersonViewer.of(access.viewer(authentication)),
                request),
            standing,
            errors,
            typedEmail,
            Csrf.of(request)),
        status);
  }
}
