package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Pay review rounds through the API, on H2 and PostgreSQL by the subclasses: an admin opens a
 * round, the merit matrix proposes raises, managers adjust their organisation's raises in percent
 * within their budget and never see a salary, stale versions get 409, admins approve and close, and
 * the approved raises become pay history with the round named.
 */
abstract class PayReviewApiContract extends TestOrganisation {

  static final String DEV_CANARY = "52347";
  static final String OUTSIDER_CANARY = "61239";
  static final String LEAD_CANARY = "58123";

  @Autowired PayFiles files;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void pay() {
    BackendBand.importInto(files);
    assertThat(
            files
                .importPay(
                    null,
                    "email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,sex\n"
                        + "dev@example.com,2025-02-01,hire,GBP,"
                        + DEV_CANARY
                        + ",1,,,female\n"
                        + "lead@example.com,2025-02-01,hire,GBP,"
                        + LEAD_CANARY
                        + ",1,,,male\n"
                        + "outsider@example.com,2025-03-01,hire,GBP,"
                        + OUTSIDER_CANARY
                        + ",0.8,2000,,male\n",
                    false)
                .problems())
        .isEmpty();
  }

  long open(String date) throws Exception {
    HttpResponse<String> opened =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Round of "
                + date
                + "\",\"effectiveFrom\":\""
                + date
                + "\",\"budgetPercent\":3}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return json(opened).get("id").asLong();
  }

  JsonNode proposalOf(long round, long person, String token) throws Exception {
    for (JsonNode proposal : json(get("/api/v1/pay-reviews/" + round + "/proposals", token))) {
      if (proposal.get("personId").asLong() == person) {
        return proposal;
      }
    }
    return null;
  }

  @Test
  void theMeritMatrixProposesEachRaiseFromSubLevelAndBandPosition() throws Exception {
    long round = open("2025-06-01");

    JsonNode dev = proposalOf(round, this.dev, adminToken);
    // 52,347 is in the second quarter of 45,000–60,000; no criterion agreed: sub-level A, 2%.
    assertThat(dev.get("subLevel").asString()).isEqualTo("A");
    assertThat(dev.get("suggestedPercent").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(dev.get("percent").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(dev.get("currentSalary").asInt()).isEqualTo(Integer.parseInt(DEV_CANARY));
    assertThat(dev.get("proposedSalary").asInt()).isEqualTo(53394);
    // The lead has no band at level 4: nothing to suggest, and an outlier for admins.
    JsonNode lead = proposalOf(round, this.lead, adminToken);
    assertThat(lead.get("outliers").toString()).contains("no-band");
    JsonNode view = json(get("/api/v1/pay-reviews/" + round, adminToken));
    assertThat(view.get("state").asString()).isEqualTo("open");
    assertThat(view.get("budgets").get(0).get("amount").isNumber()).isTrue();
  }

  @Test
  void managersSeeTheirOrganisationsRaisesInPercentAndNoMoney() throws Exception {
    long round = open("2025-06-01");

    HttpResponse<String> lead = get("/api/v1/pay-reviews/" + round, leadToken);
    assertThat(lead.statusCode()).isEqualTo(200);
    assertThat(ids(json(lead).get("proposals"))).containsExactly(dev);
    assertThat(json(lead).get("budgets").get(0).has("percentUsed")).isTrue();
    assertThat(json(lead).get("budgets").get(0).has("amount")).isFalse();
    assertThat(ids(json(get("/api/v1/pay-reviews/" + round, headToken)).get("proposals")))
        .containsExactlyInAnyOrder(this.lead, dev);
    assertThat(json(get("/api/v1/pay-reviews/" + round, devToken)).get("proposals")).isEmpty();
    for (String token : List.of(leadToken, headToken, otherToken, devToken)) {
      for (String path :
          List.of(
              "/api/v1/pay-reviews/" + round,
              "/api/v1/pay-reviews/" + round + "/proposals",
              "/team/pay-reviews/" + round + "/",
              "/team/pay-reviews/" + round + ".csv")) {
        String body = get(path, token).body();
        assertThat(body)
            .as(path)
            .doesNotContain(
                DEV_CANARY, OUTSIDER_CANARY, LEAD_CANARY, "52,347", "Salary\"", "salary,", "£");
      }
    }
  }

  @Test
  void aManagerAdjustsWithAReasonWithinTheBudgetAndIsRefusedOverIt() throws Exception {
    long round = open("2025-06-01");
    String raise = "/api/v1/pay-reviews/" + round + "/proposals/" + dev;

    HttpResponse<String> noReason = put(raise, leadToken, "{\"percent\":3,\"version\":0}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("needs a reason");
    HttpResponse<String> within =
        put(
            raise,
            leadToken,
            "{\"percent\":3,\"reason\":\"Leads the on-call rota\",\"version\":0}");
    assertThat(within.statusCode()).as(within.body()).isEqualTo(200);
    assertThat(proposalOf(round, dev, leadToken).get("percent").decimalValue())
        .isEqualByComparingTo("3");
    HttpResponse<String> over =
        put(raise, leadToken, "{\"percent\":20,\"reason\":\"Retention\",\"version\":1}");
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(over.body()).contains("% of the budget").doesNotContain(DEV_CANARY);
    HttpResponse<String> own =
        put(
            "/api/v1/pay-reviews/" + round + "/proposals/" + lead,
            leadToken,
            "{\"percent\":9,\"reason\":\"Me\",\"version\":0}");
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(
            put(
                    "/api/v1/pay-reviews/" + round + "/proposals/" + outsider,
                    leadToken,
                    "{\"percent\":1,\"reason\":\"x\",\"version\":0}")
                .statusCode())
        .isEqualTo(404);
    assertThat(audit.of("pay-round", round + "/" + dev)).hasSize(1);
  }

  @Test
  void aBudgetPerTopManagerSharesAnAmountByPayroll() throws Exception {
    HttpResponse<String> opened =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Per head\",\"effectiveFrom\":\"2025-06-01\","
                + "\"budgetScope\":\"top-manager\",\"budgetAmount\":3000}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long round = json(opened).get("id").asLong();

    // Two heads (Hana and Otto), so each is a top manager: the lead and dev are in Hana's
    // budget, the outsider in Otto's.
    assertThat(proposalOf(round, dev, adminToken).get("budget").asString())
        .isEqualTo(String.valueOf(head));
    assertThat(proposalOf(round, lead, adminToken).get("budget").asString())
        .isEqualTo(String.valueOf(head));
    assertThat(proposalOf(round, outsider, adminToken).get("budget").asString())
        .isEqualTo(String.valueOf(other));
    JsonNode budgets = json(get("/api/v1/pay-reviews/" + round, adminToken)).get("budgets");
    // 3,000 shared by payroll: Hana's 110,470 and Otto's 48,991.20 of 159,461.20.
    assertThat(budgets.get(0).get("amount").asInt() + budgets.get(1).get("amount").asInt())
        .isEqualTo(3000);
    assertThat(budgets.get(0).get("name").asString()).isEqualTo("Hana Head's organisation");
    assertThat(budgets.get(0).get("amount").asInt()).isEqualTo(2078);
    JsonNode lead = json(get("/api/v1/pay-reviews/" + round, leadToken)).get("budgets");
    assertThat(lead).hasSize(1);
    assertThat(lead.get(0).get("name").asString()).isEqualTo("Hana Head's organisation");
  }

  @Test
  void aStaleVersionGets409() throws Exception {
    long round = open("2025-06-01");
    String raise = "/api/v1/pay-reviews/" + round + "/proposals/" + dev;

    assertThat(
            put(raise, headToken, "{\"percent\":2.5,\"reason\":\"Mentors\",\"version\":0}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> stale =
        put(raise, leadToken, "{\"percent\":1,\"reason\":\"Slower year\",\"version\":0}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(
            post("/api/v1/pay-reviews/" + round + "/close", adminToken, "{\"version\":7}")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void onlyAdminsOpenApproveAndClose() throws Exception {
    long round = open("2025-06-01");
    for (String token : List.of(leadToken, headToken, devToken)) {
      assertThat(
              post(
                      "/api/v1/pay-reviews",
                      token,
                      "{\"name\":\"Mine\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":3}")
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              post("/api/v1/pay-reviews/" + round + "/approve", token, "{\"version\":0}")
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              post("/api/v1/pay-reviews/" + round + "/close", token, "{\"version\":0}")
                  .statusCode())
          .isEqualTo(403);
    }
    HttpResponse<String> wrong =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\" \",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":80}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("a round needs a name", "at most 50% of payroll");
  }

  @Test
  void aBudgetTheDatabaseCouldNotKeepAsWrittenIsRefusedAndTheRoundsStayReadable() throws Exception {
    HttpResponse<String> tooFine =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Fine\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":0.004}");
    HttpResponse<String> tooLarge =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Large\",\"effectiveFrom\":\"2025-06-01\",\"budgetAmount\":1E+15}");

    assertThat(tooFine.statusCode()).as(tooFine.body()).isEqualTo(400);
    assertThat(tooFine.body()).contains("at most 2 decimals");
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("at most 12 digits and 2 decimals");
    assertThat(get("/api/v1/pay-reviews", adminToken).statusCode()).isEqualTo(200);
  }

  @Test
  void aChangeWithoutTheVersionReadAndAMatrixWithAHoleOrHundredthsOfHundredthsAreRefused()
      throws Exception {
    long round = open("2025-06-01");
    String raise = "/api/v1/pay-reviews/" + round + "/proposals/" + dev;

    HttpResponse<String> noVersion =
        put(raise, leadToken, "{\"percent\":3,\"reason\":\"Mentors\"}");
    HttpResponse<String> closeWithout =
        post("/api/v1/pay-reviews/" + round + "/close", adminToken, "{}");
    HttpResponse<String> holed =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Holed\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":3,"
                + "\"matrix\":{\"A\":[null,1,2,3],\"B\":[1,2,3,4],\"C\":[1,2,3,4],"
                + "\"D\":[1,2,3,4]}}");
    HttpResponse<String> tooFine =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Fine\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":3,"
                + "\"matrix\":{\"A\":[1E-30,1,2,3],\"B\":[1,2,3,4],\"C\":[1,2,3,4],"
                + "\"D\":[1,2,3,4]}}");

    assertThat(noVersion.statusCode()).as(noVersion.body()).isEqualTo(400);
    assertThat(noVersion.body()).contains("give the version you read");
    assertThat(closeWithout.statusCode()).as(closeWithout.body()).isEqualTo(400);
    assertThat(json(get("/api/v1/pay-reviews/" + round, adminToken)).get("state").asString())
        .isEqualTo("open");
    assertThat(proposalOf(round, dev, adminToken).get("version").asInt()).isZero();
    assertThat(holed.statusCode()).as(holed.body()).isEqualTo(400);
    assertThat(holed.body()).contains("got nothing for sub-level A");
    assertThat(tooFine.statusCode()).as(tooFine.body()).isEqualTo(400);
    assertThat(tooFine.body()).contains("at most 2 decimals");
  }

  @Test
  void approvedRaisesBecomePayHistoryWhenTheRoundClosesAndAdminsReadsAreAudited() throws Exception {
    long round = open("2026-01-01");
    int reads = audit.of("pay", "round/" + round).size();
    JsonNode dev = proposalOf(round, this.dev, adminToken);
    assertThat(audit.of("pay", "round/" + round)).hasSize(reads + 1);

    HttpResponse<String> approved =
        post(
            "/api/v1/pay-reviews/" + round + "/proposals/" + this.dev + "/approve",
            adminToken,
            "{\"version\":" + dev.get("version").asInt() + "}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    JsonNode view = json(approved);
    HttpResponse<String> closed =
        post(
            "/api/v1/pay-reviews/" + round + "/close",
            adminToken,
            "{\"version\":" + view.get("version").asInt() + "}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(json(closed).get("state").asString()).isEqualTo("closed");

    JsonNode pay = json(get("/api/v1/people/" + this.dev + "/pay", devToken));
    assertThat(pay.get("salary").asInt()).isEqualTo(53394);
    assertThat(
            jdbc.sql(
                    "select round_id, reason from pay_change where person_id = ? and round_id is not null")
                .param(this.dev)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2))
                .list())
        .containsExactly(round + " REVIEW");
    // Only the approved raise: the outsider's was left out.
    assertThat(
            jdbc.sql("select count(*) from pay_change where round_id = ?")
                .param(round)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(
            put(
                    "/api/v1/pay-reviews/" + round + "/proposals/" + outsider,
                    adminToken,
                    "{\"percent\":1,\"reason\":\"late\",\"version\":0}")
                .statusCode())
        .isEqualTo(409);
  }

  private static List<Long> ids(JsonNode proposals) {
    List<Long> ids = new ArrayList<>();
    proposals.forEach(p -> ids.add(p.get("personId").asLong()));
    return ids;
  }
}
