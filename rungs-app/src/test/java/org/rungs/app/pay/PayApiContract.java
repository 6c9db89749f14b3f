package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Pay through the API: the person and admins see a person's pay, everyone else the same 404 as for
 * an id nobody has; the reports are for admins; every read of someone else's pay is audited. Run
 * against H2 and PostgreSQL by its subclasses.
 */
abstract class PayApiContract extends TestOrganisation {

  /** Salaries no other figure in Rungs has, so finding one anywhere means it leaked. */
  static final String DEV_CANARY = "52347";

  static final String OUTSIDER_CANARY = "61239";

  @Autowired PayFiles files;
  @Autowired AuditTrail audit;

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
                        + "outsider@example.com,2025-03-01,hire,GBP,"
                        + OUTSIDER_CANARY
                        + ",0.8,2000,,male\n",
                    false)
                .problems())
        .isEmpty();
  }

  @Test
  void thePersonSeesTheirPayPlacedInTheBandWithWords() throws Exception {
    HttpResponse<String> own = get("/api/v1/people/" + dev + "/pay", devToken);

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode pay = json(own);
    assertThat(pay.get("currency").asString()).isEqualTo("GBP");
    assertThat(pay.get("salary").asInt()).isEqualTo(Integer.parseInt(DEV_CANARY));
    assertThat(pay.get("band").get("min").asInt()).isEqualTo(45000);
    assertThat(pay.get("bandPosition").asDouble()).isEqualTo(0.49);
    assertThat(pay.get("expectedPosition").get("to").asDouble()).isEqualTo(0.25);
    assertThat(pay.get("flags")).isEmpty();
    assertThat(pay.get("explanation").asString()).contains("49% of the way through");
  }

  @Test
  void managersAndPeersGetTheSame404AsForAnIdNobodyHas() throws Exception {
    String nobody = get("/api/v1/people/999999/pay", leadToken).body();
    for (String token : List.of(leadToken, headToken, otherToken)) {
      HttpResponse<String> refused = get("/api/v1/people/" + dev + "/pay", token);
      assertThat(refused.statusCode()).isEqualTo(404);
      assertThat(refused.body())
          .doesNotContain(DEV_CANARY)
          .isEqualTo(nobody.replace("999999", String.valueOf(dev)));
    }
  }

  @Test
  void anAdminsReadOfSomeoneElsesPayIsAudited() throws Exception {
    int before = audit.of("pay", String.valueOf(outsider)).size();

    assertThat(get("/api/v1/people/" + outsider + "/pay", adminToken).statusCode()).isEqualTo(200);
    get("/api/v1/people/" + outsider + "/pay", outsiderToken);

    List<AuditTrail.Event> reads = audit.of("pay", String.valueOf(outsider));
    assertThat(reads).hasSize(before + 1);
    assertThat(reads.get(reads.size() - 1).action()).isEqualTo("read");
  }

  @Test
  void theReportsAnswerAdminsAndForbidEveryoneElse() throws Exception {
    String calibration = "/api/v1/calibration?framework=/engineering/backend&level=2";
    for (String path : List.of(calibration, "/api/v1/managers/consistency", "/api/v1/pay-gap")) {
      assertThat(get(path, adminToken).statusCode()).as(path).isEqualTo(200);
      for (String token : List.of(devToken, leadToken, headToken)) {
        HttpResponse<String> refused = get(path, token);
        assertThat(refused.statusCode()).as(path).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(DEV_CANARY);
      }
    }
    JsonNode rows = json(get(calibration, adminToken)).get("people");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).has("bandPosition")).isTrue();
    JsonNode gap = json(get("/api/v1/pay-gap?date=2026-01-01", adminToken));
    assertThat(gap.has("meanGap")).isTrue();
    assertThat(gap.get("categories").get(0).get("framework").asString())
        .isEqualTo("/engineering/backend");
    assertThat(json(get("/api/v1/managers/consistency", adminToken)).has("managers")).isTrue();
  }

  /** The ids in a calibration answer, as the API gives them. */
  private List<String> calibrated(String filters, String token) throws Exception {
    HttpResponse<String> answer =
        get("/api/v1/calibration?framework=/engineering/backend&level=3" + filters, token);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> ids = new java.util.ArrayList<>();
    json(answer).get("people").forEach(row -> ids.add(row.get("personId").asString()));
    return ids;
  }

  @Test
  void calibrationNarrowsToATeamAManagersReportsAndAZoneAndTheCsvKeepsTheFilters()
      throws Exception {
    // At level 3, which no other test looks at: one under Lee (and so Hana), one under Otto.
    long zed = add("zed@example.com", "Zed Zoned", lead, 3, org.rungs.progression.Role.MEMBER);
    long zoe = add("zoe@example.com", "Zoe Else", other, 3, org.rungs.progression.Role.MEMBER);
    assertThat(
            files
                .importPay(
                    null,
                    "email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,sex\n"
                        + "zed@example.com,2025-02-01,hire,GBP,50000,1,,london,\n"
                        + "zoe@example.com,2025-02-01,hire,GBP,50000,1,,,\n",
                    false)
                .problems())
        .isEmpty();
    String both = String.valueOf(zed) + "," + zoe;

    assertThat(calibrated("", adminToken)).containsExactlyInAnyOrder(both.split(","));
    assertThat(calibrated("&team=" + head, adminToken)).containsExactly(String.valueOf(zed));
    assertThat(calibrated("&manager=" + lead, adminToken)).containsExactly(String.valueOf(zed));
    assertThat(calibrated("&manager=" + head, adminToken)).as("direct reports only").isEmpty();
    assertThat(calibrated("&zone=london", adminToken)).containsExactly(String.valueOf(zed));
    assertThat(calibrated("&team=" + other + "&zone=london", adminToken)).isEmpty();

    // The page and its CSV, for an admin: the filters stay in the CSV link.
    String page =
        get("/team/calibration/?framework=/engineering/backend&level=3&team=" + head, adminToken)
            .body();
    assertThat(page).contains("Zed Zoned").doesNotContain("Zoe Else");
    assertThat(page)
        .contains(
            "calibration.csv?framework=%2Fengineering%2Fbackend&amp;level=3&amp;team=" + head);
    String csv =
        get(
                "/team/calibration.csv?framework=%2Fengineering%2Fbackend&level=3&zone=london",
                adminToken)
            .body();
    assertThat(csv).contains("Zed Zoned").doesNotContain("Zoe Else");

    // A manager: their own organisation, narrowed the same way, but never by zone (pay data),
    // and never by a team or manager they cannot see.
    String mine = "/team/calibration/?framework=/engineering/backend&level=3";
    assertThat(get(mine + "&manager=" + lead, headToken).body())
        .contains("Zed Zoned")
        .doesNotContain("london");
    assertThat(get(mine + "&zone=london", headToken).statusCode()).isEqualTo(403);
    assertThat(get(mine + "&team=" + other, headToken).statusCode()).isEqualTo(404);
    assertThat(
            get(
                    "/team/calibration.csv?level=3&framework=/engineering/backend&team=" + lead,
                    headToken)
                .body())
        .contains("Zed Zoned")
        .doesNotContain("Zoe Else")
        .doesNotContain("50000");
  }

  @Test
  void aBrokenBandsFileIsShownAtHealthBesideTheFrameworkProblems() throws Exception {
    java.nio.file.Path file = frameworks.directory().resolve("bands.yml");
    try {
      java.nio.file.Files.writeString(file, "bands:\n  - scope: [not, a, path\n");
      JsonNode health = json(get("/health", null));
      assertThat(health.get("bandProblems").toString()).contains("bands.yml");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertThat(json(get("/health", null)).get("bandProblems")).isEmpty();
  }
}
