package org.rungs.app.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in with 429 and {@code Retry-After}, before any password is hashed, while its
 * account or its client address is throttled ({@link SignInThrottle}). The address is the socket's,
 * or the one a proxy forwarded when {@code rungs.server.forwarded-headers} is on.
 */
class SignInGuard extends OncePerRequestFilter {

  private final SignInThrottle throttle;

  SignInGuard(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().equals(request.getContextPath() + "/login");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Duration> wait =
        throttle.waitBefore(request.getParameter("username"), request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            "Too many failed sign-ins: try again in "
                + seconds
                + " seconds. Ask your people team for a new one-time password if you need one.\n");
  }
}
