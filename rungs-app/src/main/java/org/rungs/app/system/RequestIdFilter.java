package org.rungs.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

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
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger requests = LoggerFactory.getLogger("rungs.requests");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = idFor(request.getHeader(HEADER));
    long started = System.nanoTime();
    MDC.put(MDC_KEY, id);
    response.setHeader(HEADER, id);
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      int status = failed ? 500 : response.getStatus();
      if (status >= 500 || requests.isInfoEnabled()) {
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String line = "{} {} {} {} ms";
        Object[] values = {
          request.getMethod(),
          route == null ? "(no route)" : route,
          status,
          (System.nanoTime() - started) / 1_000_000
        };
        if (status >= 500) {
          requests.warn(line, values);
        } else {
          requests.info(line, values);
        }
      }
      MDC.remove(MDC_KEY);
    }
  }

  static String idFor(String offered) {
    return offered != null && SANE.matcher(offered).matches()
        ? offered
        // Random enough to tell requests apart; not a secret, so no need for SecureRandom, whose
        // shared lock would be taken on every request.
        : new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong())
            .toString();
  }
}
