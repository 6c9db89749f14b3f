package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code GET /metrics}: what a Prometheus scraper gets, and who may get it. */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "rungs.metrics.token=" + MetricsTests.SCRAPE_TOKEN)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTests {

  static final String SCRAPE_TOKEN = "scrape-0123456789abcdef";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void accounts() {
    String hash = passwords.encode(PASSWORD);
    for (Role role : Role.values()) {
      people.insert(
          new PersonRows.NewPerson(
              role.name().toLowerCase() + "@example.com",
              "A " + role.name().toLowerCase(),
              null,
              null,
              null,
              null,
              role,
              List.of(),
              hash));
    }
  }

  @Test
  void scrapeTokenGetsRequestsPerRouteTemplateNotPerPath() throws Exception {
    OperatorHttp http = new OperatorHttp(port);
    http.get("/engineering/backend/levels/2/");
    http.get("/health/readiness");
    http.get("/api/v1/people/12345");

    HttpResponse<String> metrics = http.get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN);

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain;")
        .contains("version=0.0.4");
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/health/readiness\"")
        .contains("http_server_requests_seconds_bucket{")
        .doesNotContain("/api/v1/people/12345")
        .doesNotContain("levels/2");
  }

  @Test
  void frameworksAndTheirProblemsAreMeasured() throws Exception {
    String body =
        new OperatorHttp(port).get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN).body();

    assertThat(body)
        .contains("rungs_frameworks_reloads_total ")
        .containsPattern("rungs_frameworks_loaded [1-9]")
        .contains("rungs_frameworks_problems{severity=\"error\"}");
  }

  @Test
  void signInsAndFailuresAreCountedWithoutWhoSignedIn() throws Exception {
    double successes = signIns("success", "none");
    double failures = signIns("failure", "bad-credentials");

    new OperatorHttp(port).signIn("member@example.com", PASSWORD);
    new OperatorHttp(port).signIn("member@example.com", "not the password");
    new OperatorHttp(port).signIn("nobody@example.com", "not the password");

    assertThat(signIns("success", "none")).isEqualTo(successes + 1);
    assertThat(signIns("failure", "bad-credentials")).isEqualTo(failures + 2);
    assertThat(scrape()).doesNotContain("@example.com");
  }

  @Test
  void adminsMayReadMetricsWithTheirSession() throws Exception {
    OperatorHttp admin = new OperatorHttp(port);
    admin.signIn("admin@example.com", PASSWORD);

    assertThat(admin.get("/metrics").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminDemotedDuringTheirSessionNoLongerReadsMetrics() throws Exception {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                "demoted@example.com",
                "A demoted admin",
                null,
                null,
                null,
                null,
                Role.ADMIN,
                List.of(),
                passwords.encode(PASSWORD)));
    OperatorHttp admin = new OperatorHttp(port);
    admin.signIn("demoted@example.com", PASSWORD);
    assertThat(admin.get("/metrics").statusCode()).isEqualTo(200);

    jdbc.sql("update person set role = 'MEMBER' where id = ?").param(id).update();

    assertThat(admin.get("/metrics").statusCode()).isEqualTo(403);
  }

  @Test
  void membersMayNotReadMetrics() throws Exception {
    OperatorHttp member = new OperatorHttp(port);
    member.signIn("member@example.com", PASSWORD);

    assertThat(member.get("/metrics").statusCode()).isEqualTo(403);
  }

  @Test
  void withoutTheTokenAScraperIsRefusedAndABrowserSentToSignIn() throws Exception {
    OperatorHttp anonymous = new OperatorHttp(port);

    assertThat(anonymous.get("/metrics").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/metrics", "Authorization", "Bearer wrong-token-0123456789"))
        .satisfies(response -> assertThat(response.statusCode()).isEqualTo(401))
        .satisfies(response -> assertThat(response.body()).doesNotContain(SCRAPE_TOKEN));
    HttpResponse<String> browser = anonymous.get("/metrics", "Accept", BROWSER);
    assertThat(browser.statusCode()).isEqualTo(302);
    assertThat(browser.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void theScrapeTokenOpensMetricsOnly() throws Exception {
    OperatorHttp scraper = new OperatorHttp(port);
    String[] token = {"Authorization", "Bearer " + SCRAPE_TOKEN};

    assertThat(scraper.get("/api/v1/people", token).statusCode()).isEqualTo(401);
    assertThat(scraper.get("/admin/people/", token).statusCode()).isIn(401, 403);
    assertThat(scraper.get("/actuator/metrics", token).statusCode()).isIn(401, 403, 404);
  }

  private String scrape() throws Exception {
    return new OperatorHttp(port).get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN).body();
  }

  private double signIns(String outcome, String reason) throws Exception {
    String prefix = "rungs_sign_ins_total{outcome=\"" + outcome + "\",reason=\"" + reason + "\"} ";
    return scrape()
        .lines()
        .filter(line -> line.startsWith(prefix))
        .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length())))
        .findFirst()
        .orElse(0);
  }
}
