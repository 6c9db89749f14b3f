package org.rungs.app.system;

import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The probes a container platform or load balancer asks: {@code /health/liveness} (the process
 * answers; restart it if not) and {@code /health/readiness} (send it traffic: 200, or 503 with the
 * reasons). {@code /health} itself, the frameworks' state, stays as it was.
 */
@RestController
class HealthProbesController {

  /** Well under the 5 s that load balancers give a health check by default. */
  static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

  private final DatabaseProbe database;
  private final FrameworkLibrary frameworks;

  HealthProbesController(DataSource dataSource, FrameworkLibrary frameworks) {
    this.database = new DatabaseProbe(dataSource, DATABASE_TIMEOUT);
    this.frameworks = frameworks;
  }

  @GetMapping("/health/liveness")
  Map<String, Object> liveness() {
    return Map.of("status", "UP");
  }

  @GetMapping("/health/readiness")
  ResponseEntity<Map<String, Object>> readiness() {
    Readiness readiness = Readiness.of(database.failure(), frameworks);
    return ResponseEntity.status(readiness.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .header("Cache-Control", "no-store")
        .body(readiness.body());
  }
}
