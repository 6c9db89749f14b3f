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
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane one (a proxy or
 * load balancer's, up to 64 letters, digits, '.', '_' or '-'), else a new one. It is in the log
 * context ({@code requestId}) of everything logged while the request is served, and in the
 * response's {@code X-Request-Id}, so a person's complaint can be matched to the log.
 *
 * <p>Each request is logged once, after it is served, to the logger {@code rungs.requests}: at info
 * (off unless {@code logging.level.rungs.requests=info}), and at warn when it failed with a 5xx.
 * The line names the route's pattern, not the path, and never the query string, which can carry
 * what a person typed.
 */
@Component
// After the site's fast path for cached pages, which gives its answers the same (EveryResponse).
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long started = System.nanoTime();
    EveryResponse.requestId(request, response);
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      EveryResponse.end(request, failed ? 500 : response.getStatus(), started);
    }
  }
}
