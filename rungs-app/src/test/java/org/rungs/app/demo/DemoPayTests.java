package org.rungs.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's planted pay cases, each found by the view made to find it, over the API. */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPayTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;
  @Autowired DemoOrganisation demo;
  PersonRows people;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  final Map<String, String> planted = new HashMap<>();
  String admin;

  @BeforeAll
  void generate() {
    // The web server made its first admin at start; the demo fills only an empty database.
    jdbc.sql("delete from person").update();
    for (String line : demo.generate(600, 3, step -> {}).planted()) {
      String[] parts = line.split(" ", 3);
      assertThat(parts[0]).isEqualTo("planted");
      planted.put(parts[1], parts[2]);
    }
    admin = accounts.newToken(people.findByEmail(DemoOrganisation.ADMIN_EMAIL).orElseThrow());
  }

  @Test
  void listsEveryKindOfPlantedCase() {
    assertThat(planted)
        .containsOnlyKeys("under-paid", "lenient-manager", "severe-manager", "pay-gap");
  }

  @Test
  void myPayFlagsThePlantedUnderPaidPerson() throws Exception {
    long id = people.findByEmail(planted.get("under-paid")).orElseThrow().id();
    JsonNode pay = get("/api/v1/people/" + id + "/pay");
    assertThat(pay.get("flags").toString()).contains("below-band");
  }

  @Test
  void managerConsistencyFindsThePlantedManagersBeyondChance() throws Exception {
    Map<Long, JsonNode> managers = new HashMap<>();
    get("/api/v1/managers/consistency")
        .get("managers")
        .forEach(m -> managers.put(m.get("personId").asLong(), m));
    JsonNode lenient = managers.get(idOf("lenient-manager"));
    JsonNode severe = managers.get(idOf("severe-manager"));
    assertThat(lenient.get("beyondChance").asBoolean()).as(lenient.toString()).isTrue();
    assertThat(lenient.get("leniency").asDouble()).isPositive();
    assertThat(severe.get("beyondChance").asBoolean()).as(severe.toString()).isTrue();
    assertThat(severe.get("leniency").asDouble()).isNegative();
  }

  @Test
  void opensAPayReviewRoundInProgressWithARaiseForEveryonePaid() throws Exception {
    JsonNode rounds = get("/api/v1/pay-reviews");
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).get("state").asString()).isEqualTo("open");
    JsonNode round = get("/api/v1/pay-reviews/" + rounds.get(0).get("id").asLong());
    assertThat(round.get("proposals").size()).isGreaterThan(500);
    assertThat(round.get("budgets").get(0).get("percentUsed").asInt()).isBetween(1, 150);
  }

  @Test
  void thePayGapReportFlagsThePlantedCategory() throws Exception {
    String[] category = planted.get("pay-gap").split(" ");
    List<JsonNode> flagged = new java.util.ArrayList<>();
    get("/api/v1/pay-gap")
        .get("categories")
        .forEach(
            c -> {
              if (c.get("framework").asString().equals(category[0])
                  && c.get("level").asInt() == Integer.parseInt(category[1])) {
                flagged.add(c);
              }
            });
    assertThat(flagged).hasSize(1);
    assertThat(flagged.get(0).get("flagged").asBoolean()).as(flagged.toString()).isTrue();
    assertThat(flagged.get(0).get("meanGap").asDouble()).isGreaterThan(0.05);
  }

  private long idOf(String kind) {
    return people.findByEmail(planted.get(kind)).orElseThrow().id();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + admin)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonMapper.shared().readTree(response.body());
  }
}
