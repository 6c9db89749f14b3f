package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins list and revoke anyone's API tokens (a lost laptop, someone who left). */
@RestController
class AdminTokensController {

  private final PersonRepository people;
  private final PersonAccess access;
  private final ApiTokens tokens;
  private final HtmlPages pages;

  AdminTokensController(
      PersonRepository people, PersonAccess access, ApiTokens tokens, HtmlPages pages) {
    this.people = people;
    this.access = access;
    this.tokens = tokens;
    this.pages = pages;
  }

  @GetMapping("/admin/people/{id}/tokens/")
  ResponseEntity<String> tokens(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    return people
        .findById(id)
        .map(
            person -> {
              Instant now = tokens.now();
              return pages.render(
                  "people/admin-tokens.jte",
                  new AdminTokensPage(
                      pages.chrome(
                          "API tokens of " + person.name(),
                          "/admin/people/" + id + "/tokens/",
                          PersonViewer.of(access.viewer(authentication)),
                          request),
                      person,
                      tokens.of(id).stream().map(token -> AccountPage.token(token, now)).toList(),
                      Csrf.of(request)),
                  HttpStatus.OK);
            })
        .orElseGet(() -> pages.notFound(request.getRequestURI(), "There is no person " + id + "."));
  }

  @PostMapping("/admin/people/{id}/tokens/{tokenId}/revoke")
  ResponseEntity<String> revoke(
      @PathVariable long id,
      @PathVariable long tokenId,
      Authentication authentication,
      HttpServletRequest request) {
    if (!tokens.revoke(id, tokenId, access.viewer(authentication).id())) {
      return pages.notFound(
          request.getRequestURI(), "Person " + id + " has no active token " + tokenId + ".");
    }
    return HtmlPages.seeOther("/admin/people/" + id + "/tokens/");
  }
}
