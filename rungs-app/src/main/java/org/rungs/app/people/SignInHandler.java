package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * What happens after a password was checked: a success records the session ({@link SignInSessions})
 * and sends someone with a one-time password to replace it; a failure counts towards the throttle;
 * signing out ends the session's record.
 */
class SignInHandler
    implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

  /** The session attribute that carries the email of a failed sign-in to the form. */
  static final String TYPED_EMAIL = "rungs.sign-in.email";

  private final SignInSessions sessions;
  private final SignInThrottle throttle;
  private final PersonRepository people;
  private final SavedRequestAwareAuthenticationSuccessHandler next =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SignInHandler(SignInSessions sessions, SignInThrottle throttle, PersonRepository people) {
    this.sessions = sessions;
    this.throttle = throttle;
    this.people = people;
    next.setDefaultTargetUrl("/me/start");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    throttle.succeeded(authentication.getName());
    Person person = people.findByEmail(authentication.getName()).orElseThrow();
    request
        .getSession()
        .setAttribute(SignInSessions.KEY, sessions.start(person.id(), client(request)));
    if (people.mustChangePassword(person.id())) {
      response.sendRedirect(request.getContextPath() + SessionAccountFilter.CHANGE_PASSWORD);
      return;
    }
    next.onAuthenticationSuccess(request, response, authentication);
  }

  /** The client a session is shown with to its owner: its User-Agent and address. */
  static String client(HttpServletRequest request) {
    return SignInSessions.clip(request.getHeader("User-Agent"), 200)
        + " from "
        + request.getRemoteAddr();
  }

  /**
   * A browser and system its owner recognises, from a User-Agent header: {@code "Firefox on
   * Windows"}, or the header's first product for anything else ({@code "curl"}).
   */
  static String device(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "An unknown device";
    }
    String browser =
        userAgent.contains("Edg/")
            ? "Edge"
            : userAgent.contains("Firefox/")
                ? "Firefox"
                : userAgent.contains("Chrome/")
                    ? "Chrome"
                    : userAgent.contains("Safari/") ? "Safari" : null;
    String system =
        userAgent.contains("Android")
            ? "Android"
            : userAgent.contains("iPhone") || userAgent.contains("iPad")
                ? "iOS"
                : userAgent.contains("Windows")
                    ? "Windows"
                    : userAgent.contains("Mac OS X")
                        ? "macOS"
                        : userAgent.contains("Linux") ? "Linux" : null;
    if (browser == null) {
      return SignInSessions.clip(userAgent.strip().split("[/ ]", 2)[0], 60);
    }
    return system == null ? browser : browser + " on " + system;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    if (exception instanceof BoundedPasswordEncoder.Busy) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "1");
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Rungs is busy checking other sign-ins: try again in a moment.\n");
      return;
    }
    throttle.failed(request.getParameter("username"), request.getRemoteAddr());
    // Kept for the form shown after the redirect, so that only the password is typed again; the
    // redirect keeps the password's POST out of the browser's history.
    request.getSession().setAttribute(TYPED_EMAIL, request.getParameter("username"));
    response.sendRedirect(request.getContextPath() + "/login?error");
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignInSessions.KEY) instanceof String key) {
      sessions.end(key);
    }
  }
}
