package org.rungs.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.app.people.TestOrganisation;
import org.rungs.framework.Criterion;
import org.rungs.progression.Role;
import tools.jackson.databind.JsonNode;

/**
 * History: a past check-in opened from the timeline shows what was agreed; the standing at each
 * agreed check-in, rebuilt from the audit trail; every change to an assessment, with who and when.
 * Run against H2 and PostgreSQL by its subclasses.
 */
abstract class HistoryContract extends TestOrganisation {

  @Test
  void aPastCheckInShowsWhatWasAgreedAndHowThePersonAnswered() throws Exception {
    long person = add("hal.history@example.com", "Hal History", lead, 2, Role.MEMBER);
    String token = token(person);
    String c1 = criterion(2, 0);
    String c2 = criterion(2, 1);

    long checkIn =
        agree(
            person,
            token,
            "{\"" + c1 + "\":\"demonstrated\",\"" + c2 + "\":\"working towards\"}",
            "\"" + c2 + "\"",
            "Strong quarter");
    int version =
        json(get("/api/v1/people/" + person + "/check-ins", token)).get(0).get("version").asInt();
    assertThat(
            post(
                    "/api/v1/people/" + person + "/check-ins/" + checkIn + "/confirmation",
                    token,
                    "{\"confirmed\":false,\"note\":\"We said level 3 next year\",\"version\":"
                        + version
                        + "}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> page = get("/people/" + person + "/check-ins/" + checkIn + "/", leadToken);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("recorded by Lee Lead")
        .contains("level 3")
        .contains("Strong quarter")
        .contains("Disputed")
        .contains("We said level 3 next year")
        .contains(text(c1))
        .contains(text(c2))
        .contains("<td>demonstrated</td>")
        .contains("<td>working towards</td>");
    assertThat(get("/people/" + person + "/check-ins/", token).body())
        .contains("href=\"" + checkIn + "/\"");
    assertThat(get("/people/" + person + "/check-ins/" + checkIn + "/", otherToken).statusCode())
        .isEqualTo(404);
    assertThat(get("/people/" + person + "/check-ins/999999/", leadToken).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theStandingOverTimeIsTheStandingAtEachAgreedCheckIn() throws Exception {
    long person = add("sol.standing@example.com", "Sol Standing", lead, 2, Role.MEMBER);
    String token = token(person);
    List<Criterion> levelTwo =
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(2).stream()).toList();
    agree(person, token, "{\"" + levelTwo.get(0).id().value() + "\":\"demonstrated\"}", "", "One");
    StringBuilder all = new StringBuilder("{");
    for (Criterion criterion : levelTwo) {
      all.append(all.length() > 1 ? "," : "")
          .append('"')
          .append(criterion.id().value())
          .append("\":\"demonstrated\"");
    }
    agree(person, token, all.append('}').toString(), "", "All of level 2");

    String page = get("/people/" + person + "/history/", leadToken).body();

    assertThat(page).contains("<svg class=\"standing-chart\"");
    assertThat(page.indexOf("<td>2A</td>")).isPositive().isLessThan(page.indexOf("<td>2D</td>"));
  }

  @Test
  void everyChangeToAnAssessmentIsShownWithWhoAndWhichView() throws Exception {
    long person = add("ava.audit@example.com", "Ava Audit", lead, 2, Role.MEMBER);
    String token = token(person);
    String c1 = criterion(2, 2);
    put(
        "/api/v1/people/" + person + "/assessments/" + c1,
        token,
        "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");
    put(
        "/api/v1/people/" + person + "/assessments/" + c1,
        leadToken,
        "{\"view\":\"manager\",\"status\":\"working_towards\",\"version\":1}");

    String page = get("/people/" + person + "/history/", token).body();

    assertThat(page)
        .contains(text(c1))
        .contains("Ava Audit, own view: — → demonstrated")
        .contains("Lee Lead, manager&#39;s view: — → working towards".replace("&#39;", "'"));
  }

  /** Starts a check-in for {@code person}, takes both steps and records an agreement. */
  private long agree(long person, String token, String statuses, String focus, String summary)
      throws Exception {
    String base = "/api/v1/people/" + person + "/check-ins";
    HttpResponse<String> started = post(base, token, "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonNode checkIn = json(started);
    long id = checkIn.get("id").asLong();
    int version = checkIn.get("version").asInt();
    assertThat(post(base + "/" + id + "/step", token, "{\"version\":" + version + "}").statusCode())
        .isEqualTo(200);
    assertThat(
            post(base + "/" + id + "/step", leadToken, "{\"version\":" + (version + 1) + "}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> agreed =
        post(
            base + "/" + id + "/agreement",
            leadToken,
            "{\"statuses\":"
                + statuses
                + ",\"targetLevel\":3,\"focus\":["
                + focus
                + "],\"summary\":\""
                + summary
                + "\",\"version\":"
                + (version + 2)
                + "}");
    assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
    return id;
  }

  private String text(String criterionId) {
    return backend.criteriaById().get(criterionId).text();
  }
}
