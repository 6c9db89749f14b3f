package org.rungs.app.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in with 429 and {@code Retry-After}, before any password is hashed, while its
 * account or its client address is throttled ({@link SignInThrottle}). The address is the socket's,
 * or the one a proxy forwarded when {@code rungs.server.forwarded-headers} is on.
 */
class SignInGuard extends OncePerRequestFilter {

  private final SignInThrottle throttle;
  private final LoginController login;

  SignInGuard(SignInThrottle throttle, LoginController login) {
    this.throttle = throttle;
    this.login = login;
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
    ResponseEntity<String> page = login.page(request, seconds, HttpStatus.TOO_MANY_REQUESTS);
    response.setStatus(page.getStatusCode().value());
    page.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setHeader("Retry-After", Long.toString(seconds));
    response.getWriter().write(page.getBody());
  }
}
