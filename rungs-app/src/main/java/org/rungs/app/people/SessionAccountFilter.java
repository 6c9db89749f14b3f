package org.rungs.app.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every request made with a signed-in browser session follow the database, not what was true
 * at sign-in: the session must still exist ({@link SignInSessions}), and the person's role is read
 * now. A session that was ended is signed out; a demoted admin is a member from their next request
 * on. Someone still holding a one-time password can only replace it.
 */
class SessionAccountFilter extends OncePerRequestFilter {

  static final String CHANGE_PASSWORD = "/me/password";

  private static final List<String> NEEDS_ACCOUNT =
      List.of("/me/", "/people/", "/team/", "/admin/", "/api/", "/org/");

  private final SignInSessions sessions;

  SessionAccountFilter(SignInSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (session == null
        || signedIn == null
        || signedIn instanceof AnonymousAuthenticationToken
        || ApiTokenFilter.hasToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SignInSessions.Account> account =
        session.getAttribute(SignInSessions.KEY) instanceof String key
            ? sessions.account(key)
            : Optional.empty();
    if (account.isEmpty()) {
      // Ended elsewhere (reset, role change, by its owner): signed out from now on.
      session.invalidate();
      SecurityContextHolder.clearContext();
      chain.doFilter(request, response);
      return;
    }
    SecurityContextHolder.setContext(new SecurityContextImpl(authentication(account.get())));
    if (account.get().mustChange() && needsAccount(request)) {
      refuseUntilPasswordChanged(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Authentication authentication(SignInSessions.Account account) {
    return UsernamePasswordAuthenticationToken.authenticated(
        account.email(), null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role())));
  }

  private static boolean needsAccount(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(CHANGE_PASSWORD)) {
      return false;
    }
    return path.equals("/me")
        || path.equals("/team")
        || path.equals("/org")
        || NEEDS_ACCOUNT.stream().anyMatch(path::startsWith);
  }

  private static void refuseUntilPasswordChanged(
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                  + "\"detail\":\"replace your one-time password first, at /me/password\"}");
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + CHANGE_PASSWORD);
  }
}
