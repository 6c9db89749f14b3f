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
    assertThat(
            files
                .importBands(
                    null,
                    "framework,level,zone,currency,min,max,effective_from\n"
                        + "/engineering/backend,2,,GBP,45000,60000,2025-01-01\n",
                    false)
                .problems())
        .isEmpty();
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
