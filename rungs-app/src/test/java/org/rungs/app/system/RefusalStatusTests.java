package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class RefusalStatusTests {

  @Test
  void eachKindOfRefusalHasOneStatusForPagesAndTheApi() {
    assertThat(RefusalStatus.of(new Refusal.NotFound("gone"))).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RefusalStatus.of(new Refusal.Forbidden("not yours")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RefusalStatus.of(Refusal.Invalid.of("note", "too long")))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RefusalStatus.of(new Refusal.Conflict("changed"))).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aProblemCarriesTheRefusalsReasonAndItsFieldErrorsInOrder() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("note", "write a note");
    errors.put("link", "a link starts with https://");
    errors.put("happenedOn", "in the future");

    ResponseEntity<ProblemDetail> problem =
        Problems.of(new Refusal.Invalid("the evidence is not valid", errors));

    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.getBody().getDetail()).isEqualTo("the evidence is not valid");
    Map<?, ?> sent = (Map<?, ?>) problem.getBody().getProperties().get("errors");
    assertThat(sent.keySet().stream().map(Object::toString))
        .containsExactly("note", "link", "happenedOn");
  }

  @Test
  void aProblemWithoutFieldErrorsHasNoErrorsProperty() {
    ResponseEntity<ProblemDetail> problem = Problems.of(new Refusal.Conflict("changed"));

    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(problem.getBody().getProperties()).isNullOrEmpty();
  }
}
