package org.rungs.app.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details for API answers that are not a success. */
public final class Problems {
  private Problems() {}

  /**
   * The problem for a refusal: its status ({@link RefusalStatus}), its reason as the detail, and
   * for an invalid request an error per field under {@code errors}.
   */
  public static ResponseEntity<ProblemDetail> of(Refusal refusal) {
    HttpStatus status = RefusalStatus.of(refusal);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.reason());
    problem.setType(URI.create("about:blank"));
    if (refusal instanceof Refusal.Invalid invalid && !invalid.errors().isEmpty()) {
      problem.setProperty("errors", invalid.errors());
    }
    return ResponseEntity.status(status).body(problem);
  }
}
