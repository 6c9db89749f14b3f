package org.rungs.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A check-in through the API, step by step: who may take each step, stale versions, the agreement
 * that moves the standing and the target, and the person's confirmation or dispute. Run against H2
 * and PostgreSQL by its subclasses.
 */
abstract class CheckInApiContract extends TestOrganisation {

  @Autowired AuditTrail audit;

  @Test
  void aCheckInGoesFromSelfToManagerToAnAgreementThatMovesTheStandingAndTarget() throws Exception {
    String base = "/api/v1/people/" + outsider + "/check-ins";
    HttpResponse<String> started = post(base, outsiderToken, "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonNode checkIn = json(started);
    long id = checkIn.get("id").asLong();
    assertThat(checkIn.get("state").asString()).isEqualTo("SELF_ASSESSMENT");
    assertThat(post(base, otherToken, "").statusCode())
        .as("one open check-in at a time")
        .isEqualTo(409);

    String c1 = criterion(2, 0);
    String c2 = criterion(2, 1);
    put(
        "/api/v1/people/" + outsider + "/assessments/" + c1,
        outsiderToken,
        "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":0}").statusCode())
        .as("the manager cannot finish the person's self-assessment")
        .isEqualTo(403);
    assertThat(post(base + "/" + id + "/step", outsiderToken, "{\"version\":0}").statusCode())
        .isEqualTo(200);
    assertThat(post(base + "/" + id + "/step", outsiderToken, "{\"version\":1}").statusCode())
        .as("the person cannot finish the manager's assessment")
        .isEqualTo(403);
    put(
        "/api/v1/people/" + outsider + "/assessments/" + c2,
        otherToken,
        "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":0}").statusCode())
        .as("stale version")
        .isEqualTo(409);
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":1}").statusCode())
        .isEqualTo(200);

    String agreement =
        "{\"statuses\":{\""
            + c1
            + "\":\"demonstrated\",\""
            + c2
            + "\":\"working towards\"},"
            + "\"targetLevel\":3,\"focus\":[\""
            + c2
            + "\"],\"summary\":\"Good progress\",\"version\":2}";
    assertThat(post(base + "/" + id + "/agreement", outsiderToken, agreement).statusCode())
        .as("the manager records the agreement")
        .isEqualTo(403);
    HttpResponse<String> bad =
        post(
            base + "/" + id + "/agreement",
            otherToken,
            agreement.replace("\"targetLevel\":3", "\"targetLevel\":9"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get("targetLevel").asString()).contains("not a level");
    HttpResponse<String> tooLong =
        post(
            base + "/" + id + "/agreement",
            otherToken,
            agreement.replace("Good progress", "x".repeat(4001)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).get("errors").get("summary").asString())
        .isEqualTo("a summary has at most 4000 characters, this one has 4001");
    HttpResponse<String> agreed = post(base + "/" + id + "/agreement", otherToken, agreement);
    assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
    assertThat(json(agreed).get("state").asString()).isEqualTo("AGREED");
    assertThat(json(agreed).get("focus").get(0).asString()).isEqualTo(c2);
    assertThat(audit.of("assessment", outsider + ":/engineering/backend:" + c1))
        .filteredOn(event -> event.action().equals("assess-agreed"))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.before()).as("never agreed before").isNull();
              assertThat(event.after()).isEqualTo("DEMONSTRATED");
              assertThat(event.actorId()).isEqualTo(other);
            });

    JsonNode standing = json(get("/api/v1/people/" + outsider + "/standing", outsiderToken));
    assertThat(standing.get("demonstrated").asInt()).isEqualTo(1);
    assertThat(standing.get("target").asInt()).isEqualTo(3);
    assertThat(json(get(base, outsiderToken))).hasSize(1);
    assertThat(get(base, devToken).statusCode()).isEqualTo(404);

    // The person then says whether what was recorded is what they agreed.
    String confirmation = base + "/" + id + "/confirmation";
    int version = json(agreed).get("version").asInt();
    assertThat(json(agreed).get("confirmation").isNull()).isTrue();
    assertThat(
            post(confirmation, otherToken, "{\"confirmed\":true,\"version\":" + version + "}")
                .statusCode())
        .as("only the person confirms")
        .isEqualTo(403);
    String rambling = "We agreed otherwise. ".repeat(100);
    HttpResponse<String> tooLongOnThePage =
        postForm(
            "/people/" + outsider + "/check-ins/",
            outsiderToken,
            "action=dispute&checkIn="
                + id
                + "&version="
                + version
                + "&note="
                + java.net.URLEncoder.encode(rambling, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(tooLongOnThePage.statusCode()).isEqualTo(400);
    assertThat(tooLongOnThePage.body())
        .contains("a note has at most 2000 characters, this one has 2099")
        .as("what was typed comes back, not lost")
        .contains(rambling.strip());
    HttpResponse<String> noReason =
        post(confirmation, outsiderToken, "{\"confirmed\":false,\"version\":" + version + "}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(json(noReason).get("errors").get("note").asString()).contains("did not agree");
    HttpResponse<String> disputed =
        post(
            confirmation,
            outsiderToken,
            "{\"confirmed\":false,\"note\":\"We said level 2 focus, not 3\",\"version\":"
                + version
                + "}");
    assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
    assertThat(json(disputed).get("confirmation").asString()).isEqualTo("DISPUTED");
    assertThat(json(disputed).get("confirmationNote").asString())
        .isEqualTo("We said level 2 focus, not 3");
    assertThat(
            post(
                    confirmation,
                    outsiderToken,
                    "{\"confirmed\":true,\"version\":" + (version + 1) + "}")
                .statusCode())
        .as("an answer stands; it is not changed silently")
        .isEqualTo(409);
    assertThat(audit.of("check-in", Long.toString(id)))
        .extracting(AuditTrail.Event::action)
        .containsSubsequence("started", "step", "step", "agreed", "disputed");
    assertThat(get("/people/" + outsider + "/check-ins/", otherToken).body())
        .contains("Disputed by Oona Outsider")
        .contains("We said level 2 focus, not 3");
  }
}
