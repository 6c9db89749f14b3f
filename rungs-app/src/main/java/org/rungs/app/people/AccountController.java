package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
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

/**
 * A person's own account: changing their password (which someone holding a one-time password must
 * do first), seeing and ending their sessions, making and revoking their API tokens.
 */
@RestController
class AccountController {

  /** Where these pages are, for their relative links: /me/account and the forms beside it. */
  private static final String FOLDER = "/me/";

  private final PersonAccess access;
  private final Accounts accounts;
  private final SignInSessions sessions;
  private final ApiTokens tokens;
  private final PersonRepository people;
  private final HtmlPages pages;
  private final SignInSettings signIn;

  AccountController(
      PersonAccess access,
      Accounts accounts,
      SignInSessions sessions,
      ApiTokens tokens,
      PersonRepository people,
      HtmlPages pages,
      SignInSettings signIn) {
    this.signIn = signIn;
    this.access = access;
    this.accounts = accounts;
    this.sessions = sessions;
    this.tokens = tokens;
    this.people = people;
    this.pages = pages;
  }

  @GetMapping("/me/password")
  ResponseEntity<String> passwordForm(Authentication authentication, HttpServletRequest request) {
    return passwordPage(access.viewer(authentication), null, HttpStatus.OK, request);
  }

  @PostMapping("/me/password")
  ResponseEntity<String> changePassword(
      @RequestParam(name = "current", required = false) String current,
      @RequestParam(name = "password", required = false) String chosen,
      @RequestParam(name = "repeat", required = false) String repeated,
      Authentication authentication,
      HttpServletRequest request) {
    Person me = access.viewer(authentication);
    Accounts.PasswordChange outcome =
        accounts.changePassword(me, current, chosen, repeated, sessionKey(request));
    if (outcome instanceof Accounts.PasswordChange.Refused refused) {
      return passwordPage(me, refused.reason(), HttpStatus.BAD_REQUEST, request);
    }
    return HtmlPages.seeOther("/me/account?password-changed");
  }

  @GetMapping("/me/account")
  ResponseEntity<String> account(Authentication authentication, HttpServletRequest request) {
    String notice =
        request.getParameter("password-changed") != null
            ? "Your password is changed; your other sessions were ended."
            : null;
    return accountPage(access.viewer(authentication), null, notice, null, HttpStatus.OK, request);
  }

  @PostMapping("/me/sessions/{sessionId}/end")
  ResponseEntity<String> endSession(
      @PathVariable long sessionId, Authentication authentication, HttpServletRequest request) {
    Person me = access.viewer(authentication);
    if (!sessions.end(me.id(), sessionId)) {
      return pages.notFound(request.getRequestURI(), "You have no session " + sessionId + ".");
    }
    return HtmlPages.seeOther("/me/account");
  }

  @PostMapping("/me/sessions/end-others")
  ResponseEntity<String> endOtherSessions(
      Authentication authentication, HttpServletRequest request) {
    Person me = access.viewer(authentication);
    String current = sessionKey(request);
    if (current == null) {
      sessions.endAll(me.id());
    } else {
      sessions.endOthers(me.id(), current);
    }
    return HtmlPages.seeOther("/me/account");
  }

  @PostMapping("/me/tokens")
  ResponseEntity<String> newToken(
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "days", required = false) String days,
      Authentication authentication,
      HttpServletRequest request) {
    Person me = access.viewer(authentication);
    Instant expires;
    try {
      int valid = days == null || days.isBlank() ? 0 : Integer.parseInt(days.strip());
      if (valid < 0 || valid > 3660) {
        throw new NumberFormatException();
      }
      expires = valid == 0 ? null : tokens.now().plus(Duration.ofDays(valid));
      ApiTokens.NewToken made = tokens.create(me, name, expires, me.id());
      return accountPage(me, made, null, null, HttpStatus.OK, request);
    } catch (NumberFormatException wrong) {
      return accountPage(
          me,
          null,
          null,
          "Days must be a number from 0 (never) to 3660.",
          HttpStatus.BAD_REQUEST,
          request);
    } catch (IllegalArgumentException refused) {
      return accountPage(me, null, null, refused.getMessage(), HttpStatus.BAD_REQUEST, request);
    }
  }

  @PostMapping("/me/tokens/{tokenId}/revoke")
  ResponseEntity<String> revokeToken(
      @PathVariable long tokenId, Authentication authentication, HttpServletRequest request) {
    Person me = access.viewer(authentication);
    if (!tokens.revoke(me.id(), tokenId, me.id())) {
      return pages.notFound(
          request.getRequestURI(), "You have no token " + tokenId + " that is still active.");
    }
    return HtmlPages.seeOther("/me/account");
  }

  private ResponseEntity<String> passwordPage(
      Person me, String error, HttpStatus status, HttpServletRequest request) {
    return pages.render(
        "people/password.jte",
        new PasswordPage(
            pages.chrome("Change your password", FOLDER, PersonViewer.of(me), request),
            people.mustChangePassword(me.id()),
            PasswordPolicy.MIN_LENGTH,
            PasswordPolicy.MAX_LENGTH,
            error,
            Csrf.of(request)),
        status);
  }

  private ResponseEntity<String> accountPage(
      Person me,
      ApiTokens.NewToken made,
      String notice,
      String error,
      HttpStatus status,
      HttpServletRequest request) {
    String current = sessionKey(request);
    Long currentId =
        current == null ? null : sessions.account(current).map(a -> a.sessionId()).orElse(null);
    Instant now = tokens.now();
    return pages.render(
        "people/account.jte",
        new AccountPage(
            pages.chrome("Your account", FOLDER, PersonViewer.of(me), request),
            sessions.of(me.id()).stream()
                .map(
                    session ->
                        new AccountPage.Session(
                            session.id(),
                            AccountPage.when(session.createdAt()),
                            AccountPage.when(session.lastUsedAt()),
                            session.client(),
                            currentId != null && currentId == session.id(),
                            session.method() == SignInSessions.Method.SSO))
                .toList(),
            tokens.of(me.id()).stream().map(token -> AccountPage.token(token, now)).toList(),
            made,
            notice,
            error,
            Csrf.of(request),
            signIn.passwords()),
        status);
  }

  private static String sessionKey(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(SignInSessions.KEY) instanceof String key
        ? key
        : null;
  }
}
