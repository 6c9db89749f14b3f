package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The probes of a load balancer or container platform, against a PostgreSQL database that goes away
 * and comes back while the server runs; and Actuator's endpoints, closed but for health.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbesTests {

  private static String database;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    database = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> database);
    registry.add("spring.datasource.username", TestDatabases::user);
  }

  @LocalServerPort int port;

  @Test
  void readinessIsRefusedWhileTheDatabaseIsAwayAndComesBackWithIt() throws Exception {
    OperatorHttp http = new OperatorHttp(port);
    assertThat(http.get("/health/readiness").statusCode()).isEqualTo(200);

    HttpResponse<String> away;
    HttpResponse<String> alive;
    setConnectionsAllowed(false);
    try {
      away = http.get("/health/readiness");
      alive = http.get("/health/liveness");
    } finally {
      setConnectionsAllowed(true);
    }

    assertThat(away.statusCode()).isEqualTo(503);
    assertThat(away.body()).contains("\"status\":\"DOWN\"").contains("database: ");
    assertThat(alive.statusCode())
        .as("the process is alive: restarting it would not bring the database back")
        .isEqualTo(200);
    // Back: the pool drops each connection the database closed as it meets it, so a probe or two
    // may still fail; a platform probes again, and so does this test, for at most ten seconds.
    assertThat(readyAgainWithin(http, Duration.ofSeconds(10))).isTrue();
  }

  private static boolean readyAgainWithin(OperatorHttp http, Duration limit) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (http.get("/health/readiness").statusCode() == 200
          && http.get("/health").statusCode() == 200) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void readinessReportsTheFrameworksLoaded() throws Exception {
    HttpResponse<String> ready = new OperatorHttp(port).get("/health/readiness");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .startsWith("{\"status\":\"UP\"")
        .contains("\"reasons\":[]")
        .contains("\"database\":\"UP\"")
        .containsPattern("\"loaded\":[1-9]");
  }

  @Test
  void healthKeepsItsOwnAnswer() throws Exception {
    HttpResponse<String> health = new OperatorHttp(port).get("/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).startsWith("{\"status\":\"UP\",\"frameworks\":");
  }

  @Test
  void actuatorEndpointsOtherThanHealthAreClosed() throws Exception {
    OperatorHttp http = new OperatorHttp(port);

    assertThat(http.get("/actuator/health").body())
        .contains("\"status\":\"UP\"")
        .doesNotContain("components")
        .doesNotContain("details");
    for (String endpoint :
        new String[] {
          "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
          "/actuator/metrics", "/actuator/prometheus", "/actuator/heapdump", "/actuator/loggers"
        }) {
      HttpResponse<String> response = http.get(endpoint);
      assertThat(response.statusCode()).as(endpoint).isIn(401, 403, 404);
      assertThat(response.body()).as(endpoint).doesNotContain("spring.datasource");
    }
  }

  /** Turns the test database away as a stopped server would: no new connections, none open. */
  private static void setConnectionsAllowed(boolean allowed) throws Exception {
    String name = database.substring(database.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String server = System.getenv("RUNGS_TEST_POSTGRES_URL");
    try (Connection admin = DriverManager.getConnection(server, TestDatabases.user(), "")) {
      admin.createStatement().execute("alter database " + name + " allow_connections " + allowed);
      if (!allowed) {
        admin
            .createStatement()
            .execute(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + name
                    + "'");
      }
    }
  }
}
