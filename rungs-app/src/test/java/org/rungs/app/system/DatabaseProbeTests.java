package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rungs.app.testing.TestDatabases;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DatabaseProbeTests {

  @Test
  void aDatabaseThatAnswersIsNoFailure() {
    DatabaseProbe probe =
        new DatabaseProbe(new DriverManagerDataSource(TestDatabases.h2()), Duration.ofSeconds(2));

    assertThat(probe.failure()).isEmpty();
  }

  @Test
  void aRefusedConnectionSaysSoWithoutThePassword() {
    DriverManagerDataSource nowhere =
        new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/rungs", "rungs", "s3cret-pw");

    assertThat(new DatabaseProbe(nowhere, Duration.ofSeconds(2)).failure())
        .hasValueSatisfying(
            failure -> assertThat(failure).startsWith("unreachable: ").doesNotContain("s3cret-pw"));
  }
}
