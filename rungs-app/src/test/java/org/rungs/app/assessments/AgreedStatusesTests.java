package org.rungs.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rungs.app.testing.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The in-memory copy of agreed statuses against a real database, look by look. */
class AgreedStatusesTests {

  private JdbcClient jdbc;
  private AgreedStatuses statuses;

  @BeforeEach
  void database() {
    DriverManagerDataSource source = new DriverManagerDataSource(TestDatabases.h2(), "sa", "");
    Flyway.configure().dataSource(source).load().migrate();
    jdbc = JdbcClient.create(source);
    statuses = new AgreedStatuses(jdbc);
  }

  private void person(long id) {
    jdbc.sql(
            "insert into person (id, email, name, framework, level, role)"
                + " values (?, ?, 'P', '/engineering/backend', 2, 'MEMBER')")
        .params(id, "p" + id + "@example.com")
        .update();
  }

  private void agreed(long person, String criterion, String updatedAt) {
    jdbc.sql(
            "insert into assessment (person_id, framework, criterion_id, criterion_text,"
                + " agreed_status, updated_at) values (?, '/engineering/backend', ?, 'T', 'DEMONSTRATED', "
                + updatedAt
                + ")")
        .params(person, criterion)
        .update();
  }

  @Test
  void peopleWhoseRowsComeAfterALookAndAreDatedInThePastAreStillFound() {
    statuses.refresh(); // a new database: nobody, no rows
    person(1);
    agreed(1, "writes-tests", "current_timestamp");
    statuses.refresh();
    assertThat(statuses.of(1, "/engineering/backend")).hasSize(1);

    // As the demo does: everyone first, then their rows, dated long past; a page looks between.
    person(2);
    person(3);
    statuses.refresh();
    agreed(2, "writes-tests", "timestamp with time zone '2020-01-01 00:00:00+00'");
    agreed(3, "writes-tests", "timestamp with time zone '2020-01-01 00:00:00+00'");
    statuses.refresh();

    assertThat(statuses.of(2, "/engineering/backend")).hasSize(1);
    assertThat(statuses.of(3, "/engineering/backend")).hasSize(1);
  }
}
