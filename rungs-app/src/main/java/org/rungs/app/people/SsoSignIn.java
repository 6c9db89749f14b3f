package org.rungs.app.people;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rungs.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What happens after a single sign-on: a success starts the same session record as a password
 * sign-in ({@link SignInSessions}, so ending it, a change of role and deactivation take effect at
 * the next request) and is written to the audit trail; a refusal sends to the sign-in page, which
 * says why in words ({@link LoginController#login}).
 */
final class SsoSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  /** The refusal code of a sign-in that could not start: the provider cannot be reached. */
  static final String UNREACHABLE = "unreachable";

  private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

  private final SignInSessions sessions;
  private final PersonRepository people;
  private final AuditTrail audit;
  private final SavedRequestAwareAuthenticationSuccessHandler next =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SsoSignIn(SignInSessions sessions, PersonRepository people, AuditTrail audit) {
    this.sessions = sessions;
    this.people = people;
    this.audit = audit;
    next.setDefaultTargetUrl("/me/start");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OidcUser user = (OidcUser) authentication.getPrincipal();
    Person person = people.findByEmail(user.getEmail()).orElseThrow();
    String key =
        sessions.start(person.id(), SignInHandler.client(request), SignInSessions.Method.SSO);
    request.getSession().setAttribute(SignInSessions.KEY, key);
    audit.record(
        person.id(),
        "person",
        Long.toString(person.id()),
        "signed-in",
        null,
        "single sign-on " + user.getIssuer());
    next.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String code =
        exception instanceof OAuth2AuthenticationException refused
            ? refused.getError().getErrorCode()
            : "failed";
    // The error code only: never a token, a code or the person's email.
    log.info("single sign-on refused: {}", code);
    String reason =
        switch (code) {
          case SsoAccounts.UNVERIFIED, SsoAccounts.UNKNOWN, SsoAccounts.DEACTIVATED -> code;
          default -> "failed";
        };
    // A redirect, so that the provider's code and state leave the address bar and the history.
    response.sendRedirect(request.getContextPath() + "/login?refused=" + reason);
  }

  /**
   * A sign-in that cannot start: the provider's discovery document cannot be read (it is down, or
   * names another issuer), or the address names no provider of Rungs' (404).
   */
  void cannotStart(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String start = request.getContextPath() + "/oauth2/authorization/" + SsoRegistrations.ID;
    if (!request.getRequestURI().equals(start)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    log.warn("single sign-on cannot start: {}", exception.getClass().getSimpleName());
    response.sendRedirect(request.getContextPath() + "/login?refused=" + UNREACHABLE);
  }

  static void send(ResponseEntity<String> page, HttpServletResponse response) throws IOException {
    response.setStatus(page.getStatusCode().value());
    page.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.getWriter().write(page.getBody());
  }
}
