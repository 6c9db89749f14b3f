package org.rungs.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rungs.app.people.TestOrganisation;
import tools.jackson.databind.JsonNode;

/**
 * Evidence through the API: for several criteria at once, seen by who sees the person, bad input
 * refused field by field. Run against H2 and PostgreSQL by its subclasses.
 */
abstract class EvidenceApiContract extends TestOrganisation {

  @Test
  void evidenceSupportsSeveralCriteriaAndRefusesBadInput() throws Exception {
    String base = "/api/v1/people/" + dev + "/evidence";
    String criteria = "[\"" + criterion(2, 0) + "\",\"" + criterion(2, 3) + "\"]";

    HttpResponse<String> added =
        post(
            base,
            devToken,
            "{\"note\":\"Led the incident review\",\"link\":\"https://wiki.example.com/pm-42\",\"happenedOn\":\"2026-01-15\",\"criterionIds\":"
                + criteria
                + "}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(json(added).get("criterionIds")).hasSize(2);
    assertThat(json(get(base, leadToken))).hasSize(1);
    assertThat(get(base, otherToken).statusCode()).isEqualTo(404);

    HttpResponse<String> bad =
        post(
            base,
            devToken,
            "{\"link\":\"javascript:alert(1)\",\"happenedOn\":\"2999-01-01\",\"criterionIds\":[\"nope\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode errors = json(bad).get("errors");
    assertThat(errors.get("link").asString()).contains("https://");
    assertThat(errors.get("happenedOn").asString()).contains("future");
    assertThat(errors.get("criterionIds").asString()).contains("nope");
  }
}
