package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in page: the password form unless passwords are switched off ({@code
 * rungs.sign-in.passwords}), and "Sign in with ..." when single sign-on is configured.
 */
@RestController
class LoginController {

  private final HtmlPages pages;
  private final SignInSettings signIn;
  private final SsoSettings sso;

  public LoginController(HtmlPages pages, SignInSettings signIn, SsoSettings sso) {
    this.pages = pages;
    this.signIn = signIn;
    this.sso = sso;
  }

  /**
   * The page; after a refused single sign-on ({@code ?refused=} one of {@link SsoAccounts}' codes,
   * {@code unreachable} or {@code failed}) it says why, with 403 when the person may not sign in,
   * 503 when the provider cannot be reached, and 401 when the provider's answer was not believed (a
   * bad or replayed token, a stale or forged state).
   */
  @GetMapping("/login")
  public ResponseEntity<String> login(HttpServletRequest request) {
    String refused = request.getParameter("refused");
    if (refused == null || !sso.enabled()) {
      return page(request, 0, HttpStatus.OK);
    }
    return switch (refused) {
      case SsoAccounts.UNVERIFIED, SsoAccounts.UNKNOWN, SsoAccounts.DEACTIVATED ->
          refused(request, refused, HttpStatus.FORBIDDEN);
      case SsoSignIn.UNREACHABLE -> refused(request, refused, HttpStatus.SERVICE_UNAVAILABLE);
      default -> refused(request, "failed", HttpStatus.UNAUTHORIZED);
    };
  }

  /** The form, saying how long to wait when sign-in is throttled ({@code waitSeconds} > 0). */
  ResponseEntity<String> page(HttpServletRequest request, long waitSeconds, HttpStatus status) {
    return page(request, waitSeconds, "", status);
  }

  private ResponseEntity<String> refused(
      HttpServletRequest request, String code, HttpStatus status) {
    String reason =
        switch (code) {
          case SsoAccounts.UNVERIFIED ->
              sso.name()
                  + " has not verified the email address of your account, so Rungs cannot tell"
                  + " who you are. Ask whoever runs your "
                  + sso.name()
                  + " accounts to verify it.";
          case SsoAccounts.UNKNOWN ->
              "Nobody with your email address is in Rungs. Ask your people team to add you.";
          case SsoAccounts.DEACTIVATED ->
              "Your Rungs account is deactivated. Ask your people team if that is a mistake.";
          case SsoSignIn.UNREACHABLE ->
              "Rungs cannot reach "
                  + sso.name()
                  + " just now. Try again in a moment; if it keeps failing, tell whoever runs"
                  + " Rungs.";
          default ->
              "Signing in with "
                  + sso.name()
                  + " did not work, and you are not signed in. Try again; if it keeps failing,"
                  + " tell whoever runs Rungs.";
        };
    return page(request, 0, reason, status);
  }

  /** The answer to a password sign-in while passwords are switched off. */
  ResponseEntity<String> passwordsOff(HttpServletRequest request) {
    return page(
        request,
        0,
        "Signing in with a password is switched off here: sign in with " + sso.name() + ".",
        HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<String> page(
      HttpServletRequest request, long waitSeconds, String refusal, HttpStatus status) {
    return pages.render(
        "people/login.jte",
        new SignInPage(
            pages.chrome("Sign in", "/login/"),
            Csrf.of(request),
            request.getParameter("error") != null,
            request.getParameter("logout") != null,
            waitSeconds,
            typedEmail(request),
            signIn.passwords(),
            sso.enabled() ? sso.name() : "",
            refusal),
        status);
  }

  /**
   * The email of the sign-in that just failed, once: from the session after the failure's redirect,
   * or from the form itself when a throttled sign-in is answered at once.
   */
  private static String typedEmail(HttpServletRequest request) {
    Object typed = "POST".equals(request.getMethod()) ? request.getParameter("username") : null;
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignInHandler.TYPED_EMAIL) != null) {
      typed = session.getAttribute(SignInHandler.TYPED_EMAIL);
      session.removeAttribute(SignInHandler.TYPED_EMAIL);
    }
    return typed == null ? "" : typed.toString();
  }
}
