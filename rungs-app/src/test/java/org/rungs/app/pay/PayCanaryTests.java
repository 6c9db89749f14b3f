package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Everyone gets a unique canary salary; every role crawls every page, API answer, CSV and PDF it
 * can reach, following links from its start pages and every path of the API description (with the
 * ids of everyone it can see, and of every pay review round, one of them open with proposals)
 * rather than a hand-made list. A canary anywhere but in its owner's and the admins' answers is a
 * leak.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayCanaryTests extends TestOrganisation {

  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
  private static final Pattern API_PATH = Pattern.compile("\"(/api/v1/[^\"]*)\"\\s*:\\s*\\{");
  private static final List<String> START =
      List.of(
          "/me/",
          "/me/pay",
          "/team/",
          "/team/calibration/",
          "/team/pay-reviews/",
          "/admin/people/",
          "/admin/pay/");

  @Autowired PayFiles files;

  /** The open round. */
  private long round;

  /** Person id to canary salary. */
  private final Map<Long, String> canaries = new LinkedHashMap<>();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @BeforeAll
  void canarySalaries() {
    files.importBands(
        null,
        "framework,level,zone,currency,min,max,effective_from\n"
            + "/engineering/backend,2,,GBP,45000,60000,2025-01-01\n"
            + "/engineering/backend,4,,GBP,70000,90000,2025-01-01\n"
            + "/engineering/backend,5,,GBP,90000,120000,2025-01-01\n",
        false);
    canaries.put(head, "97531");
    canaries.put(lead, "81357");
    canaries.put(dev, "53179");
    canaries.put(other, "79135");
    canaries.put(outsider, "57913");
    StringBuilder csv =
        new StringBuilder("email,effective_from,reason,currency,base_salary,variable_pay,sex\n");
    for (var canary : canaries.entrySet()) {
      csv.append(people.findById(canary.getKey()).orElseThrow().email())
          .append(",2025-02-01,hire,GBP,")
          .append(canary.getValue())
          .append(",1")
          .append(canary.getValue().substring(0, 3))
          .append(",female\n");
    }
    assertThat(files.importPay(null, csv.toString(), false).problems()).isEmpty();
  }

  /** A round open with proposals, one adjusted by a manager, so its pages and API are crawled. */
  @BeforeAll
  void anOpenRound() throws Exception {
    HttpResponse<String> opened =
        post(
            "/api/v1/pay-reviews",
            adminToken,
            "{\"name\":\"Canary round\",\"effectiveFrom\":\"2025-06-01\","
                + "\"budgetScope\":\"top-manager\",\"budgetPercent\":3}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    round = json(opened).get("id").asLong();
    assertThat(
            put(
                    "/api/v1/pay-reviews/" + round + "/proposals/" + dev,
                    leadToken,
                    "{\"percent\":2.5,\"reason\":\"Runs the on-call rota\",\"version\":0}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void noRoleSeesAnotherPersonsSalaryAnywhereItCanReach() throws Exception {
    Map<String, Long> roles = new LinkedHashMap<>();
    roles.put(devToken, dev);
    roles.put(leadToken, lead);
    roles.put(headToken, head);
    roles.put(otherToken, other);
    roles.put(outsiderToken, outsider);
    for (var role : roles.entrySet()) {
      Map<String, String> reached = crawl(role.getKey());
      assertThat(reached).as("pages reached").hasSizeGreaterThan(8);
      assertThat(reached.keySet())
          .as("the open round's page and proposals")
          .contains(
              "/team/pay-reviews/" + round + "/ → 200",
              "/team/pay-reviews/" + round + ".csv → 200",
              "/api/v1/pay-reviews/" + round + "/proposals → 200");
      for (var page : reached.entrySet()) {
        for (var canary : canaries.entrySet()) {
          if (!canary.getKey().equals(role.getValue())) {
            assertThat(leaks(page.getValue(), canary.getValue()))
                .as(
                    "person %d's salary in %s as person %d",
                    canary.getKey(), page.getKey(), role.getValue())
                .isFalse();
          }
        }
      }
      String own = canaries.get(role.getValue());
      assertThat(reached.values()).as("their own pay").anyMatch(body -> leaks(body, own));
    }
    Map<String, String> admin = crawl(adminToken);
    for (String canary : canaries.values()) {
      assertThat(admin.values())
          .as("an admin sees " + canary)
          .anyMatch(body -> leaks(body, canary));
    }
  }

  private static boolean leaks(String body, String canary) {
    return body.contains(canary)
        || body.contains(canary.substring(0, 2) + "," + canary.substring(2));
  }

  /** Every address a token reaches from the start pages and the API description, with its text. */
  private Map<String, String> crawl(String token) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    Deque<String> queue = new ArrayDeque<>(START);
    List<String> rounds = new ArrayList<>();
    json(get("/api/v1/pay-reviews", token))
        .forEach(round -> rounds.add(round.get("id").asString()));
    // Pages link relatively (they also serve the static export), so each round's page and CSV
    // are added from the rounds the API lists.
    for (String round : rounds) {
      queue.add("/team/pay-reviews/" + round + "/");
      queue.add("/team/pay-reviews/" + round + ".csv");
    }
    for (String api : apiPaths()) {
      List<String> paths =
          api.contains("{roundId}")
              ? rounds.stream().map(round -> api.replace("{roundId}", round)).toList()
              : List.of(api);
      for (String path : paths) {
        if (!path.contains("{")) {
          queue.add(path);
        }
        for (JsonNode person : json(get("/api/v1/people", token))) {
          queue.add(path.replace("{id}", person.get("id").asString()));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Map<String, String> reached = new LinkedHashMap<>();
    while (!queue.isEmpty() && seen.size() < 800) {
      String path = queue.poll();
      if (path.contains("{") || !seen.add(path) || !ours(path)) {
        continue;
      }
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      String text = text(response);
      reached.put(path + " → " + response.statusCode(), text);
      Matcher links = LINK.matcher(text);
      while (links.find()) {
        queue.add(links.group(1).replace("&amp;", "&"));
      }
    }
    return reached;
  }

  private static boolean ours(String path) {
    return List.of("/me", "/people/", "/team", "/admin/", "/api/v1/").stream()
        .anyMatch(path::startsWith);
  }

  private List<String> apiPaths() throws Exception {
    List<String> paths = new ArrayList<>();
    Matcher found = API_PATH.matcher(get("/api/docs", null).body());
    while (found.find()) {
      paths.add(found.group(1));
    }
    assertThat(paths)
        .contains(
            "/api/v1/people/{id}/pay",
            "/api/v1/pay-gap",
            "/api/v1/pay-reviews/{roundId}/proposals");
    return paths;
  }

  private static String text(HttpResponse<byte[]> response) throws Exception {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/pdf")) {
      try (PDDocument document = Loader.loadPDF(response.body())) {
        return new PDFTextStripper().getText(document);
      }
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
