package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.progression.Role;
import tools.jackson.databind.JsonNode;

/**
 * Who may see whom through the real HTTP API and filter chain, for every role: the person, their
 * manager, their manager's manager, a manager of another team, an admin, and nobody. Run against H2
 * and PostgreSQL by its subclasses.
 */
abstract class PeopleApiContract extends TestOrganisation {

  @Test
  void aPersonSeesOnlyThemselves() throws Exception {
    assertThat(emailsSeenBy(devToken)).containsExactly("dev@example.com");
  }

  @Test
  void aManagerSeesTheirReportsDirectlyAndThroughTheirReportsManagers() throws Exception {
    assertThat(emailsSeenBy(leadToken))
        .containsExactlyInAnyOrder("lead@example.com", "dev@example.com");
    assertThat(emailsSeenBy(headToken))
        .containsExactlyInAnyOrder("head@example.com", "lead@example.com", "dev@example.com");
    assertThat(emailsSeenBy(otherToken))
        .containsExactlyInAnyOrder("other@example.com", "outsider@example.com");
  }

  @Test
  void anAdminSeesEveryone() throws Exception {
    assertThat(emailsSeenBy(adminToken)).hasSize((int) people.count());
  }

  @Test
  void nobodyWithoutATokenOrWithAWrongOneSeesAnything() throws Exception {
    assertThat(get("/api/v1/people", null).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = get("/api/v1/people", "rungs_not-a-real-token");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("rungs users token");
  }

  @Test
  void anotherTeamsPersonIsNotFoundRatherThanForbidden() throws Exception {
    for (String path :
        List.of(
            "/api/v1/people/" + dev,
            "/api/v1/people/" + dev + "/standing",
            "/api/v1/people/" + dev + "/assessments")) {
      assertThat(get(path, otherToken).statusCode()).as(path).isEqualTo(404);
      assertThat(get(path, outsiderToken).statusCode()).as(path).isEqualTo(404);
      assertThat(get(path, devToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, leadToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, headToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, adminToken).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(get("/api/v1/people/" + lead, devToken).statusCode())
        .as("a report cannot see their manager's record")
        .isEqualTo(404);
    assertThat(get("/api/v1/people/999999", adminToken).statusCode()).isEqualTo(404);
  }

  @Test
  void theDateAPersonReachedTheirLevelReadsBackAsWritten() {
    java.time.LocalDate since = java.time.LocalDate.of(2021, 12, 31);
    long id =
        people.insert(
            new PersonRows.NewPerson(
                "since@example.com",
                "Sid Since",
                null,
                "/engineering/backend",
                2,
                since,
                Role.MEMBER,
                List.of(),
                null));

    assertThat(people.findById(id).orElseThrow().levelSince()).isEqualTo(since);
  }

  @Test
  void theApiIsDescribedWithOpenApi() throws Exception {
    HttpResponse<String> docs = get("/api/docs", null);

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode spec = json(docs);
    assertThat(spec.get("openapi").asString()).startsWith("3.");
    assertThat(spec.get("paths").has("/api/v1/people/{id}/standing")).isTrue();
    assertThat(spec.get("paths").has("/api/v1/people/{id}/check-ins/{checkInId}/agreement"))
        .isTrue();
  }

  @Test
  void theFrameworkSiteStaysPublic() throws Exception {
    assertThat(get("/engineering/backend/levels/2/", null).statusCode()).isEqualTo(200);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void writesWithoutATokenNeedACsrfToken() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:" + port + "/api/v1/people/" + dev + "/assessments/x"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(401, 403);
  }
}
