package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Nobody approves their own raise, one at a time or all at once: an admin with a raise in the round
 * cannot approve everything left while their own is among it.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayReviewOwnRaiseTests extends TestOrganisation {

  @Autowired PayFiles files;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @Test
  void anAdminCannotApproveTheRestWhileTheirOwnRaiseIsAmongIt() throws Exception {
    long ada = add("ada@example.com", "Ada Admin", null, 2, Role.ADMIN);
    String adaToken = token(ada);
    BackendBand.importInto(files);
    assertThat(
            files
                .importPay(
                    null,
                    "email,effective_from,reason,currency,base_salary\n"
                        + "ada@example.com,2025-02-01,hire,GBP,50000\n"
                        + "dev@example.com,2025-02-01,hire,GBP,48000\n",
                    false)
                .problems())
        .isEmpty();
    HttpResponse<String> opened =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Spring\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":3}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long round = json(opened).get("id").asLong();
    int version = json(opened).get("version").asInt();

    HttpResponse<String> refused =
        post(
            "/api/v1/pay-reviews/" + round + "/approve", adaToken, "{\"version\":" + version + "}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("nobody approves their own");
    JsonNode adas = null;
    for (JsonNode proposal : json(get("/api/v1/pay-reviews/" + round + "/proposals", adminToken))) {
      if (proposal.get("personId").asLong() == ada) {
        adas = proposal;
      }
    }
    assertThat(adas).isNotNull();
    assertThat(adas.get("approved").asBoolean()).isFalse();

    // Another admin approves Ada's raise; then Ada may approve what is left.
    HttpResponse<String> byAnother =
        post(
            "/api/v1/pay-reviews/" + round + "/proposals/" + ada + "/approve",
            adminToken,
            "{\"version\":" + adas.get("version").asInt() + "}");
    assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(200);
    HttpResponse<String> rest =
        post(
            "/api/v1/pay-reviews/" + round + "/approve",
            adaToken,
            "{\"version\":" + json(byAnother).get("version").asInt() + "}");
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
  }
}
