package org.rungs.app.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code rungs.sign-in.passwords=false}, only single sign-on lets people in: a password
 * sign-in is refused with 403 before any password is looked at, and the pages to change one's
 * password or issue someone a one-time password answer 404, as routes that do not exist.
 */
final class PasswordsOff extends OncePerRequestFilter {

  private static final Pattern PASSWORD_PAGES =
      Pattern.compile("/me/password/?|/admin/people/[^/]+/password/?");

  private final LoginController login;

  PasswordsOff(LoginController login) {
    this.login = login;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/login") && "POST".equals(request.getMethod())) {
      SsoSignIn.send(login.passwordsOff(request), response);
      return;
    }
    if (PASSWORD_PAGES.matcher(path).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
