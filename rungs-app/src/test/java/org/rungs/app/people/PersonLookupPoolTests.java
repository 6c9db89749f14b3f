package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looking a person up takes one connection at a time. It once asked the pool for a second one
 * (their badges) while the first query still held its own, so as many simultaneous look-ups as the
 * pool has connections each held one and waited for another: after PostgreSQL came back from a
 * restart, the backlog of requests kept the pool in that state and Rungs never recovered by itself
 * (bench/pg-restart.sh, docs/proof.md). With a pool of one connection the old code could never
 * answer; now it must.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonLookupPoolTests {

  private HikariDataSource pool;
  private PersonRepository people;

  @BeforeAll
  void oneConnection() {
    String url = TestDatabases.h2();
    // Flyway takes two connections of its own, so it migrates outside the pool under test.
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(1_000);
    pool = new HikariDataSource(config);
    people = new PersonRepository(JdbcClient.create(pool));
  }

  @AfterAll
  void close() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  @Timeout(20)
  void aPersonAndTheirBadgesAreReadWithOneConnection() {
    long id =
        people.insert(
            new PersonRepository.NewPerson(
                "badged@example.com",
                "Bea Badged",
                null,
                "/engineering/backend",
                2,
                null,
                Role.MEMBER,
                List.of("/engineering/security-champion"),
                null));

    assertThat(people.findById(id).orElseThrow().badges())
        .containsExactly("/engineering/security-champion");
    assertThat(people.findByEmail("badged@example.com").orElseThrow().id()).isEqualTo(id);
  }
}
