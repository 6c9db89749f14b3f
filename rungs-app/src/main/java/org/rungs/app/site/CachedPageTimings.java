package org.rungs.app.site;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Times the pages {@link CachedPageFilter} sends from memory in the same {@code
 * http.server.requests} series as Spring's request observation puts other requests ({@code
 * uri="UNKNOWN"}, or {@code "REDIRECTION"} for a 304), with the same tags and buckets. The fast
 * path answers before Spring's observation filter, whose context, tags, active-requests timer and
 * meter look-up cost about a sixth of the CPU of a cached page; only the {@code
 * http.server.requests.active} gauge does not count these requests, which last well under a
 * millisecond. Thread-safe.
 */
@Component
class CachedPageTimings {

  private static final String NAME = "http.server.requests";

  private final ObjectProvider<MeterRegistry> registry;

  /** GET 200, GET 304, HEAD 200, HEAD 304: looked up once, on first use (a race finds the same). */
  private final Timer[] timers = new Timer[4];

  CachedPageTimings(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  void record(HttpServletRequest request, int status, long startedNanos) {
    boolean notModified = status == 304;
    if (status != 200 && !notModified) {
      return;
    }
    boolean head = "HEAD".equals(request.getMethod());
    int index = (head ? 2 : 0) + (notModified ? 1 : 0);
    Timer timer = timers[index];
    if (timer == null) {
      MeterRegistry meters = registry.getIfAvailable();
      if (meters == null) {
        return;
      }
      String outcome = notModified ? "REDIRECTION" : "SUCCESS";
      timer =
          Timer.builder(NAME)
              .tags(
                  "error",
                  "none",
                  "exception",
                  "none",
                  "method",
                  head ? "HEAD" : "GET",
                  "outcome",
                  outcome,
                  "status",
                  Integer.toString(status),
                  "uri",
                  notModified ? "REDIRECTION" : "UNKNOWN")
              .register(meters);
      timers[index] = timer;
    }
    timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
  }
}
