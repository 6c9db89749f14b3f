package org.rungs.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Assessing through the API and the assess page: who writes which view, conflicts instead of lost
 * updates, field errors for bad input, and assessments of criteria no longer in the framework. Run
 * against H2 and PostgreSQL by its subclasses.
 */
abstract class AssessmentApiContract extends TestOrganisation {

  @Autowired AuditTrail audit;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void standingHasTheDocumentedShape() throws Exception {
    JsonNode standing = json(get("/api/v1/people/" + outsider + "/standing", outsiderToken));

    assertThat(standing.get("level").asInt()).isEqualTo(2);
    assertThat(standing.get("subLevel").asString()).isEqualTo("A");
    assertThat(standing.get("demonstrated").asInt()).isZero();
    assertThat(standing.get("criteria").asInt()).isPositive();
    assertThat(standing.get("nextLevel").get("level").asInt()).isEqualTo(3);
    assertThat(standing.get("target").isNull()).isTrue();
    assertThat(standing.get("explanation").asString()).startsWith("2A: 0 of ");
  }

  @Test
  void selfAndManagerAssessAndTheAgreedStatusMovesTheStanding() throws Exception {
    String criterion = criterion(2, 0);
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion;

    HttpResponse<String> self =
        put(
            path,
            devToken,
            "{\"view\":\"self\",\"status\":\"demonstrated\",\"note\":\"shipped it\",\"version\":0}");
    assertThat(self.statusCode()).as(self.body()).isEqualTo(200);
    int version = json(self).get("version").asInt();

    assertThat(
            put(
                    path,
                    devToken,
                    "{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":" + version + "}")
                .statusCode())
        .as("a person cannot agree on their own")
        .isEqualTo(403);
    assertThat(
            put(
                    path,
                    leadToken,
                    "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":" + version + "}")
                .statusCode())
        .as("a manager cannot give the person's own view")
        .isEqualTo(403);
    assertThat(
            put(
                    path,
                    otherToken,
                    "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":"
                        + version
                        + "}")
                .statusCode())
        .as("another team's manager does not even see the person")
        .isEqualTo(404);

    HttpResponse<String> agreed =
        put(
            path,
            headToken,
            "{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":" + version + "}");
    assertThat(agreed.statusCode()).as("the manager's manager may agree").isEqualTo(200);

    JsonNode standing = json(get("/api/v1/people/" + dev + "/standing", devToken));
    assertThat(standing.get("demonstrated").asInt()).isEqualTo(1);
    assertThat(audit.of("assessment", dev + ":/engineering/backend:" + criterion))
        .extracting(AuditTrail.Event::action)
        .containsExactly("assess-self", "assess-agreed");
  }

  @Test
  void twoPeopleEditingTheSameAssessmentGetAConflictNotALostUpdate() throws Exception {
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion(2, 1);
    assertThat(
            put(
                    path,
                    leadToken,
                    "{\"view\":\"manager\",\"status\":\"working towards\",\"version\":0}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> stale =
        put(path, headToken, "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":0}");

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("detail").asString())
        .contains("someone else changed this assessment");
    JsonNode assessments = json(get("/api/v1/people/" + dev + "/assessments", leadToken));
    assertThat(assessments.findValuesAsString("manager")).contains("WORKING_TOWARDS");
  }

  @Test
  void badChangesGet400WithFieldErrors() throws Exception {
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion(2, 2);

    HttpResponse<String> bad = put(path, devToken, "{\"view\":\"mine\",\"status\":\"great\"}");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    JsonNode errors = json(bad).get("errors");
    assertThat(errors.get("view").asString()).contains("'mine' is not one of");
    assertThat(errors.get("status").asString()).contains("'great' is not one of");
    assertThat(errors.get("version").asString()).contains("required");

    HttpResponse<String> reasonless =
        put(path, devToken, "{\"view\":\"self\",\"status\":\"not applicable\",\"version\":0}");
    assertThat(reasonless.statusCode()).isEqualTo(400);
    assertThat(json(reasonless).get("errors").get("note").asString()).contains("why");

    HttpResponse<String> unknown =
        put(
            "/api/v1/people/" + dev + "/assessments/no-such-criterion",
            devToken,
            "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void assessmentsOfCriteriaNoLongerInTheFrameworkAreShownAsChangedNotLost() throws Exception {
    new org.rungs.app.assessments.AssessmentRows(jdbc)
        .write(
            lead,
            "/engineering/backend",
            "mastery-0000dead",
            "An old wording that the framework no longer has",
            org.rungs.progression.AssessmentView.AGREED,
            org.rungs.progression.AssessmentStatus.DEMONSTRATED,
            null,
            0,
            head);

    String page = get("/people/" + lead + "/", leadToken).body();

    assertThat(page)
        .contains("Changed since assessed")
        .contains("An old wording that the framework no longer has");
    assertThat(
            json(get("/api/v1/people/" + lead + "/assessments", leadToken))
                .findValuesAsString("criterionId"))
        .contains("mastery-0000dead");
  }

  @Test
  void tamperedFormsGetReasonsNotServerErrorsAndLoseNothing() throws Exception {
    String criterion = criterion(3, 0);
    put(
        "/api/v1/people/" + lead + "/assessments/" + criterion,
        leadToken,
        "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");

    HttpResponse<String> assess =
        postForm(
            "/people/" + lead + "/assess/3/",
            leadToken,
            "status."
                + criterion
                + "=GREAT&was."
                + criterion
                + "=DEMONSTRATED&version."
                + criterion
                + "=1");
    HttpResponse<String> agree =
        postForm(
            "/people/" + lead + "/check-ins/",
            headToken,
            "action=agree&checkIn=1&version=0&agreed." + criterion + "=GREAT&targetLevel=abc");

    assertThat(assess.statusCode()).as("a bad form, as the API answers it").isEqualTo(400);
    assertThat(assess.body()).contains("'GREAT' is not a status");
    assertThat(
            json(get("/api/v1/people/" + lead + "/assessments", leadToken))
                .findValuesAsString("self"))
        .contains("DEMONSTRATED");
    assertThat(agree.statusCode()).as("a bad form, as the API answers it").isEqualTo(400);
    assertThat(agree.body()).contains("is not a status").contains("'abc' is not a level");
  }
}
