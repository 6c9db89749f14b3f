package org.rungs.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a scraper in for {@code /metrics} by {@code Authorization: Bearer} with the scrape token,
 * for this request only (nothing goes into a session). Any other Bearer token there is refused with
 * 401, as the API refuses an unknown token; elsewhere the scrape token is an unknown API token.
 */
final class ScrapeTokenFilter extends OncePerRequestFilter {

  static final String ROLE = "METRICS";

  private final byte[] token;

  ScrapeTokenFilter(MetricsSettings settings) {
    this.token =
        settings.scrapeToken().map(value -> value.getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"/metrics".equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] sent =
        authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    // Compared in constant time, so the token cannot be guessed a character at a time.
    if (token == null || !MessageDigest.isEqual(token, sent)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"the scrape token is not valid (rungs.metrics.token)\"}");
      return;
    }
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "metrics-scraper", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
    chain.doFilter(request, response);
  }
}
