package org.rungs.app.system;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /metrics}: every meter in the Prometheus text format, for admins and for a scraper
 * with the scrape token ({@link OperationsSecurity}).
 */
@RestController
class MetricsController {

  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  MetricsController(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/metrics")
  ResponseEntity<String> metrics() {
    return ResponseEntity.ok()
        .header("Content-Type", PROMETHEUS_TEXT)
        .header("Cache-Control", "no-store")
        .body(registry.scrape());
  }
}
