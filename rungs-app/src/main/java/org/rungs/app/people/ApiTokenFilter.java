package org.rungs.app.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in by its {@code Authorization: Bearer TOKEN} header, for scripts and the CLI. A
 * wrong token is refused outright with 401 rather than treated as anonymous, so a script with a
 * revoked token fails loudly.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private final Accounts accounts;

  ApiTokenFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  static boolean hasToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.startsWith("Bearer ");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String authorization = request.getHeader("Authorization");
    Optional<Person> person =
        accounts.personForToken(authorization.substring("Bearer ".length()).strip());
    if (person.isEmpty()) {
      unauthorized(
          response,
          "the API token is not valid, has expired or was revoked; make a new one on /me/account"
              + " or with: rungs users token EMAIL");
      return;
    }
    var authentication =
        new UsernamePasswordAuthenticationToken(
            person.get().email(),
            null,
            List.of(new SimpleGrantedAuthority("ROLE_" + person.get().role().name())));
    SecurityContextHolder.getContext().setAuthentication(authentication);
    chain.doFilter(request, response);
  }

  /**
   * Answers 401 with problem details: {@code detail} says what to send (a fixed sentence, never
   * anything from the request, so it needs no JSON escaping).
   */
  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\""
                + detail
                + "\"}");
  }
}
