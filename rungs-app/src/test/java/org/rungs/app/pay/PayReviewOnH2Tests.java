package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayReviewOnH2Tests extends PayReviewApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @Test
  void theCsvIsFormulaSafeAndHasTheManagersFiguresOnly() throws Exception {
    long round = open("2025-06-01");
    put(
        "/api/v1/pay-reviews/" + round + "/proposals/" + dev,
        leadToken,
        "{\"percent\":3,\"reason\":\"=HYPERLINK(\\\"x\\\")\",\"version\":0}");

    String lead = get("/team/pay-reviews/" + round + ".csv", leadToken).body();
    assertThat(lead)
        .startsWith(
            "person,budget,sub_level,suggested_percent,percent,reason,approved,outliers\r\n")
        .contains("Dee Dev,The organisation,A,2.0,3,\"'=HYPERLINK(\"\"x\"\")\"")
        .doesNotContain(DEV_CANARY);
    assertThat(get("/team/pay-reviews/" + round + ".csv", adminToken).body())
        .contains("current_salary", DEV_CANARY);
  }

  @Test
  void aDumpOfARoundShowsNoSalary() throws Exception {
    long round = open("2025-06-01");
    put(
        "/api/v1/pay-reviews/" + round + "/proposals/" + dev,
        leadToken,
        "{\"percent\":3,\"reason\":\"Steady\",\"version\":0}");

    String dump = String.join("\n", jdbc.sql("script").query(String.class).list());

    assertThat(dump).containsIgnoringCase("pay_round_proposal");
    assertThat(dump).doesNotContain(DEV_CANARY, "53394", "53917");
  }
}
