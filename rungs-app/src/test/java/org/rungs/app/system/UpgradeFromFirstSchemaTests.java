package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database made by the first released schema (V1), with people, assessments, evidence and audit
 * in it, is upgraded by the current Rungs as it starts, and every row is still there.
 */
class UpgradeFromFirstSchemaTests {

  @Test
  void anEmbeddedDatabaseFromTheFirstSchemaUpgradesWithItsData() throws Exception {
    upgradesWithItsData(TestDatabases.h2(), "sa");
  }

  @Test
  void aPostgresqlDatabaseFromTheFirstSchemaUpgradesWithItsData() throws Exception {
    upgradesWithItsData(TestDatabases.postgres(), TestDatabases.user());
  }

  private static void upgradesWithItsData(String url, String user) throws Exception {
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into person (id, email, name, framework, level, role)"
              + " values (1001, 'mona@example.com', 'Mona Manager', '/engineering/backend', 5,"
              + " 'MANAGER')");
      statement.execute(
          "insert into person (id, email, name, manager_id, framework, level, level_since,"
              + " target_level) values (1002, 'rui@example.com', 'Rui Report', 1001,"
              + " '/engineering/backend', 2, date '2024-01-09', 3)");
      statement.execute("insert into person_badge values (1002, '/engineering/backend')");
      statement.execute(
          "insert into api_token (person_id, token_hash) values (1002, 'abc123hash')");
      statement.execute(
          "insert into assessment (person_id, framework, criterion_id, criterion_text,"
              + " self_status, self_note, updated_by) values (1002, '/engineering/backend',"
              + " 'writes-tests', 'Writes tests', 'MET', 'see the PR', 1002)");
      statement.execute(
          "insert into evidence (id, person_id, note, link, happened_on, created_by)"
              + " values (7, 1002, 'Shipped the importer', 'https://example.com/pr/1',"
              + " date '2024-02-01', 1002)");
      statement.execute("insert into evidence_criterion values (7, 'writes-tests')");
      statement.execute(
          "insert into audit_event (actor_id, entity, entity_id, action, after_value)"
              + " values (1002, 'assessment', '1002', 'self', 'MET')");
    }

    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(RungsApplication.class)
            .logStartupInfo(false)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--server.port=0",
                "--server.address=127.0.0.1")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(new OperatorHttp(port).get("/health/readiness").statusCode()).isEqualTo(200);
    }

    try (Connection connection = DriverManager.getConnection(url, user, "")) {
      assertThat(schemaVersions(connection)).isGreaterThan(1);
      assertThat(
              one(
                  connection,
                  "select name || '/' || manager_id || '/' || level_since from person"
                      + " where id = 1002"))
          .isEqualTo("Rui Report/1001/2024-01-09");
      assertThat(
              one(
                  connection,
                  "select count(*) from person where id = 1002 and not password_must_change"))
          .as("a column added later has its default")
          .isEqualTo("1");
      assertThat(
              one(
                  connection,
                  "select self_status || ' ' || self_note from assessment where person_id = 1002"))
          .isEqualTo("MET see the PR");
      assertThat(one(connection, "select note from evidence where id = 7"))
          .isEqualTo("Shipped the importer");
      assertThat(one(connection, "select count(*) from evidence_criterion")).isEqualTo("1");
      assertThat(one(connection, "select count(*) from person_badge")).isEqualTo("1");
      assertThat(one(connection, "select token_hash from api_token")).isEqualTo("abc123hash");
      assertThat(
              one(
                  connection,
                  "select entity || ':' || action from audit_event where actor_id = 1002"))
          .isEqualTo("assessment:self");
    }
  }

  private static int schemaVersions(Connection connection) throws SQLException {
    return Integer.parseInt(
        one(connection, "select count(*) from flyway_schema_history where success"));
  }

  private static String one(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }
}
