package org.rungs.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep framework text from doing harm even if something slipped past sanitising: no
 * inline or foreign script, no framing, no sniffing.
 */
@Component
// After the site's fast path for cached pages, which gives its answers the same (EveryResponse).
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Swagger UI's pages ({@code /api/docs/swagger-ui/}, springdoc's copy of its WebJar): the same,
   * except that its React components set style attributes and elements, which {@code style-src
   * 'self'} would block. Scripts are still only its own files from this server.
   */
  static final String API_DOCS_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final String API_DOCS_UI = "/api/docs/swagger-ui/";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    addTo(request, response);
    chain.doFilter(request, response);
  }

  static void addTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(
        "Content-Security-Policy",
        request.getRequestURI().startsWith(API_DOCS_UI)
            ? API_DOCS_POLICY
            : CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
