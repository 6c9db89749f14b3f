package org.rungs.app.system;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details for API answers that are not a success. */
public final class Problems {
  private Problems() {}

  /** A problem with a human-readable detail and, for a bad request, an error per field. */
  public static ResponseEntity<ProblemDetail> of(
      int status, String detail, Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setType(URI.create("about:blank"));
    if (errors != null && !errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).body(problem);
  }

  public static ResponseEntity<ProblemDetail> notFound(String detail) {
    return of(404, detail, Map.of());
  }
}
