package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.system.HtmlPages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The top bar's account links for the signed-in person (their name, Sign out, People for admins),
 * as a fragment that {@code rungs.js} puts into a framework page. Framework pages are rendered once
 * and sent from memory to everyone alike; this small answer is what makes them personal, and it is
 * never stored by a browser or proxy. Someone not signed in gets 204 and keeps the page's own "Sign
 * in" link: not a redirect to sign in, which would give every visitor a session remembering this
 * address as where to go after signing in.
 */
@RestController
class AccountLinksController {

  private final PersonAccess access;
  private final HtmlPages pages;

  AccountLinksController(PersonAccess access, HtmlPages pages) {
    this.access = access;
    this.pages = pages;
  }

  /**
   * @param folder the folder of the page the links go into (its address up to the last {@code /}),
   *     so that they are relative to it as every link of that page is
   */
  @GetMapping("/me/header")
  ResponseEntity<String> accountLinks(
      @RequestParam(name = "from", required = false) String folder,
      Authentication authentication,
      HttpServletRequest request) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
    String from = folder != null && folder.startsWith("/") && folder.endsWith("/") ? folder : "/";
    return pages.render(
        "accountlinks.jte",
        pages.chrome("", from, PersonViewer.of(access.viewer(authentication)), request),
        HttpStatus.OK);
  }
}
