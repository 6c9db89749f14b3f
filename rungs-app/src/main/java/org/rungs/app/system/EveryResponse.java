package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every response of Rungs carries, whoever answers it: a request id and the security headers,
 * and the request's line in the log. {@link RequestIdFilter} and {@link SecurityHeadersFilter} add
 * them to every request; the site's fast path for cached pages, which answers before any other
 * filter runs (each costs CPU on the cheapest request Rungs serves), calls the same methods, so its
 * answers carry the same headers, in the same order.
 *
 * <pre>{@code
 * long started = System.nanoTime();
 * EveryResponse.begin(request, response);
 * try { ... answer ... } finally { EveryResponse.end(request, response.getStatus(), started); }
 * }</pre>
 */
public final class EveryResponse {
  private EveryResponse() {}

  static final String REQUEST_ID = "X-Request-Id";
  static final String MDC_KEY = "requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger requests = LoggerFactory.getLogger("rungs.requests");

  /** Gives the request its id (in the log context and the response) and the security headers. */
  public static void begin(HttpServletRequest request, HttpServletResponse response) {
    requestId(request, response);
    SecurityHeadersFilter.addTo(request, response);
  }

  static void requestId(HttpServletRequest request, HttpServletResponse response) {
    String id = idFor(request.getHeader(REQUEST_ID));
    MDC.put(MDC_KEY, id);
    response.setHeader(REQUEST_ID, id);
  }

  /** Logs the request's line (see {@link RequestIdFilter}) and leaves its log context. */
  public static void end(HttpServletRequest request, int status, long startedNanos) {
    if (status >= 500 || requests.isInfoEnabled()) {
      Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      String line = "{} {} {} {} ms";
      Object[] values = {
        request.getMethod(),
        route == null ? "(no route)" : route,
        status,
        (System.nanoTime() - startedNanos) / 1_000_000
      };
      if (status >= 500) {
        requests.warn(line, values);
      } else {
        requests.info(line, values);
      }
    }
    MDC.remove(MDC_KEY);
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
