package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayApiOnH2Tests extends PayApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @Autowired JdbcClient jdbc;

  @Test
  void aDumpOfTheDatabaseShowsNoSalaryAndNoSex() {
    String dump =
        String.join("\n", jdbc.sql("script nodata").query(String.class).list())
            + String.join("\n", jdbc.sql("script").query(String.class).list());

    assertThat(dump).containsIgnoringCase("pay_change").doesNotContain(DEV_CANARY);
    assertThat(dump).doesNotContain(OUTSIDER_CANARY).doesNotContainIgnoringCase("'female'");
  }
}
