package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10's defects found by a new user, each as the HTTP request that showed it; the browser walk
 * ({@code NewUserWalkBrowserTests}) repeats them as a person sees them.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(NewUserDefectsTests.Failing.class)
class NewUserDefectsTests extends TestOrganisation {

  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /**
   * A page that fails, to see the 500 page: Rungs has none of its own (the malformed-input crawl
   * keeps it so), and {@code /error} asked for by its address is a 404.
   */
  @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
  static class Failing {
    @org.springframework.context.annotation.Bean
    FailingPage failingPage() {
      return new FailingPage();
    }
  }

  @org.springframework.web.bind.annotation.RestController
  static class FailingPage {
    @org.springframework.web.bind.annotation.GetMapping("/fails-for-this-test/")
    String fail() {
      throw new IllegalStateException("failing on purpose");
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  // ---- 1. "Add evidence" links ----

  @Test
  void addEvidenceLinksPutTheCriterionInTheQueryNotThePath() throws Exception {
    String page = get("/people/" + dev + "/assess/2/", devToken).body();

    Matcher link = Pattern.compile("class=\"evidence-add\" href=\"([^\"]+)\"").matcher(page);
    assertThat(link.find()).as("an Add evidence link").isTrue();
    String href = link.group(1).replace("&amp;", "&");
    assertThat(href).startsWith("../../evidence/?criterion=").doesNotContain("%3F", "%3D");
    URI target =
        URI.create("http://localhost:" + port + "/people/" + dev + "/assess/2/").resolve(href);
    assertThat(get(target.getRawPath() + "?" + target.getRawQuery(), devToken).statusCode())
        .isEqualTo(200);
  }

  // ---- 3 and 15. Errors ----

  @Test
  void aMemberOpeningThePeoplePageGetsARungsPageSayingItIsForAdmins() throws Exception {
    HttpResponse<String> page = browserGet("/admin/people/", devToken);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .doesNotContain("Whitelabel")
        .contains("<h1>Not for you</h1>", "for the people team (admins) only", "Where I stand")
        .contains("rungs.css");
  }

  @Test
  void everyErrorIsARungsPageInTheLayout() throws Exception {
    HttpResponse<String> notFound = browserGet("/people/" + other + "/", devToken);
    HttpResponse<String> wrongMethod = browserPost("/people/" + dev + "/", devToken);
    HttpResponse<String> badNumber = browserGet("/people/" + dev + "/evidence/?page=x", devToken);
    HttpResponse<String> undecodable = browserGet("/search/?q=%ff%fe", null);
    HttpResponse<String> broken = browserGet("/fails-for-this-test/", null);
    HttpResponse<String> errorByAddress = browserGet("/error", null);

    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).contains("<h1>Not at this address</h1>", "POST");
    assertThat(undecodable.statusCode()).isEqualTo(400);
    assertThat(undecodable.body()).contains("<h1>Bad request</h1>", "percent-encoded UTF-8");
    assertThat(broken.statusCode()).isEqualTo(500);
    assertThat(broken.body())
        .contains("<h1>Something went wrong</h1>", "Sign in")
        .doesNotContain("failing on purpose", "IllegalStateException");
    assertThat(errorByAddress.statusCode()).isEqualTo(404);
    for (HttpResponse<String> page :
        java.util.List.of(notFound, wrongMethod, undecodable, broken)) {
      assertThat(page.headers().firstValue("Content-Type").orElse(""))
          .as(page.uri().toString())
          .startsWith("text/html");
      assertThat(page.body())
          .as(page.uri().toString())
          .contains("<main id=\"main\"", "rungs.css")
          .doesNotContain("Whitelabel", "Exception");
    }
    assertThat(badNumber.statusCode()).isIn(200, 400);
  }

  @Test
  void theApiAnswersErrorsWithProblemDetailsAndAMissingTokenSaysWhatToSend() throws Exception {
    HttpResponse<String> missing = get("/api/v1/people", null);
    HttpResponse<String> wrongMethod =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people"))
                .header("Authorization", "Bearer " + devToken)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(missing).get("detail").asString()).contains("Authorization: Bearer");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  // ---- 4. Sign-in and new passwords ----

  @Test
  void theSignInPageKeepsTheEmailAfterAWrongPassword() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf = csrf(browser, "/login");
    HttpResponse<String> failed =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=dev%40example.com&password=wrong&_csrf=" + encode(csrf)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(failed.statusCode())
        .as("redirected, so a reload does not post again")
        .isEqualTo(302);

    String again =
        browser
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?error"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(again).contains("do not match").contains("value=\"dev@example.com\"");
    String later =
        browser
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(later).as("only once").doesNotContain("value=\"dev@example.com\"");
  }

  @Test
  void aNewPasswordIsConfirmedFirstAndShownAfterARedirect() throws Exception {
    String peoplePage = browserGet("/admin/people/", adminToken).body();
    assertThat(peoplePage)
        .as("New password is a link to a confirmation, not a form that posts at once")
        .contains("href=\"" + outsider + "/password\"")
        .doesNotContain("action=\"" + outsider + "/password\"");

    HttpResponse<String> confirm =
        browserGet("/admin/people/" + outsider + "/password", adminToken);
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("<h1>New password for Oona Outsider</h1>", "stops working")
        .contains("action=\"password\"");

    HttpResponse<String> issued =
        postForm("/admin/people/" + outsider + "/password", adminToken, "");
    assertThat(issued.statusCode()).isEqualTo(303);
    assertThat(issued.headers().firstValue("Location").orElseThrow()).startsWith("/admin/people/");
  }

  // ---- 8 to 13. Standing, notes, focus, check-in state, my team ----

  @Test
  void aCheckInShowsEachSidesViewNotesEvidenceAndFocusAndOnlyTheOwnManagerTakesItsSteps()
      throws Exception {
    String shown = criterion(2, 0);
    String focus = criterion(2, 1);
    String api = "/api/v1/people/" + dev;
    assertThat(
            put(
                    api + "/assessments/" + shown,
                    devToken,
                    "{\"view\":\"self\",\"status\":\"demonstrated\",\"note\":\"Ran the rota\","
                        + "\"version\":0}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    api + "/evidence",
                    devToken,
                    "{\"note\":\"Led the incident review\",\"criterionIds\":[\"" + shown + "\"]}")
                .statusCode())
        .isEqualTo(201);

    // 8: one's own view beside the agreed standing, and what counts.
    assertThat(get("/people/" + dev + "/", devToken).body())
        .contains("Only statuses agreed at a check-in count here.")
        .containsPattern("Your own view: 1 of \\d+ level-2 criteria demonstrated");

    long checkIn = json(post(api + "/check-ins", devToken, "")).get("id").asLong();
    String base = api + "/check-ins/" + checkIn;
    assertThat(post(base + "/step", devToken, version(checkIn)).statusCode()).isEqualTo(200);

    // 12: the manager's manager sees the check-in, but the step is not theirs.
    assertThat(post(base + "/step", headToken, version(checkIn)).statusCode()).isEqualTo(403);
    assertThat(get("/people/" + dev + "/check-ins/", headToken).body())
        .contains("Waiting for Dee Dev's manager to assess them")
        .doesNotContain("I have assessed Dee Dev");
    assertThat(get("/team/", headToken).body()).doesNotContain("manager's assessment</a>");
    assertThat(get("/team/", leadToken).body()).contains("manager's assessment</a>");

    assertThat(
            put(
                    api + "/assessments/" + shown,
                    leadToken,
                    "{\"view\":\"manager\",\"status\":\"demonstrated\",\"note\":\"Saw it twice\","
                        + "\"version\":1}")
                .statusCode())
        .isEqualTo(200);
    // 10: the manager sees the person's notes on the assess page.
    assertThat(get("/people/" + dev + "/assess/2/", leadToken).body()).contains("Ran the rota");
    assertThat(post(base + "/step", leadToken, version(checkIn)).statusCode()).isEqualTo(200);
    // 10: and notes and evidence in the agreement table.
    String agreeing = get("/people/" + dev + "/check-ins/", leadToken).body();
    String table = agreeing.substring(agreeing.indexOf("<table class=\"side-by-side\""));
    assertThat(table).contains("Ran the rota", "Saw it twice", "Led the incident review");

    String agreement =
        "{\"statuses\":{\""
            + shown
            + "\":\"demonstrated\"},\"targetLevel\":3,\"focus\":[\""
            + focus
            + "\"],\"summary\":\"Good\","
            + version(checkIn).substring(1);
    assertThat(post(base + "/agreement", leadToken, agreement).statusCode()).isEqualTo(200);

    // 12: waiting for the person's confirmation, not also "no check-in in progress".
    String waiting = get("/people/" + dev + "/check-ins/", leadToken).body();
    assertThat(waiting)
        .contains("Waiting for Dee Dev to confirm the agreement")
        .doesNotContain("No check-in in progress");
    // 11: the timeline and Where I stand name the focus criteria.
    String focusHtml = org.rungs.app.web.Markdown.inline(backend.criteriaById().get(focus).text());
    assertThat(waiting).contains("class=\"focus-list\"").contains(focusHtml);
    String standing = get("/people/" + dev + "/", devToken).body();
    assertThat(standing).contains("<h2 id=\"focus-title\">Focus criteria</h2>").contains(focusHtml);
    assertThat(people.findById(dev).orElseThrow().targetLevel()).isEqualTo(3);

    // 13: my team names managers, says "today" and the framework's title, with sort arrows.
    String team = get("/team/", headToken).body();
    int row = team.indexOf("Dee Dev</a></th>");
    String deeRow = team.substring(row, team.indexOf("</tr>", row));
    assertThat(deeRow)
        .contains("<td data-label=\"Manager\">Lee Lead</td>", "today", backend.title())
        .doesNotContain("0 days ago", "/engineering/backend");
    assertThat(team).contains("aria-sort=\"ascending\"", "Name ▲");

    // 9 and 12: a dispute without a note says what is missing; a dispute takes the target back.
    HttpResponse<String> bare =
        post(
            base + "/confirmation",
            devToken,
            "{\"confirmed\":false,\"note\":\"\"," + version(checkIn).substring(1));
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(json(bare).get("detail").asString()).isEqualTo("the dispute was not recorded");
    assertThat(
            post(
                    base + "/confirmation",
                    devToken,
                    "{\"confirmed\":false,\"note\":\"We said level 2 for now\","
                        + version(checkIn).substring(1))
                .statusCode())
        .isEqualTo(200);
    assertThat(people.findById(dev).orElseThrow().targetLevel()).isNull();
    assertThat(get("/team/", leadToken).body()).contains("agreement disputed");
    assertThat(get("/people/" + dev + "/check-ins/", devToken).body())
        .contains("Its target level is not in force.");
  }

  @Test
  void refusedSavesNameTheCriterionAndTheFieldAsThePageShowsThem() throws Exception {
    String criterion = criterion(2, 5);
    HttpResponse<String> refused =
        postForm(
            "/people/" + outsider + "/assess/2/",
            outsiderToken,
            "status."
                + criterion
                + "=NOT_APPLICABLE&was."
                + criterion
                + "=&version."
                + criterion
                + "=0&wasNote."
                + criterion
                + "=&note."
                + criterion
                + "=");
    String words = org.rungs.app.web.Markdown.inline(backend.criteriaById().get(criterion).text());

    assertThat(refused.statusCode()).isEqualTo(400);
    String problems = refused.body().substring(refused.body().indexOf("class=\"problems\""));
    assertThat(problems.substring(0, problems.indexOf("</section>")))
        .contains("the note: say why the criterion is not applicable here")
        .doesNotContain(criterion + ":");
    assertThat(refused.body())
        .as("the choice is kept")
        .containsPattern("value=\"NOT_APPLICABLE\" selected");
    assertThat(words).isNotBlank();

    HttpResponse<String> evidence =
        postForm("/people/" + outsider + "/evidence/", outsiderToken, "note=Something");
    assertThat(evidence.statusCode()).isEqualTo(400);
    assertThat(evidence.body())
        .contains("<strong>What it shows</strong>")
        .doesNotContain("<strong>criterionIds</strong>");
  }

  /** {@code {"version":N}} of a check-in of Dee's as it is now. */
  private String version(long checkIn) throws Exception {
    for (var item : json(get("/api/v1/people/" + dev + "/check-ins", devToken))) {
      if (item.get("id").asLong() == checkIn) {
        return "{\"version\":" + item.get("version").asInt() + "}";
      }
    }
    throw new AssertionError("no check-in " + checkIn);
  }

  // ---- helpers ----

  private HttpResponse<String> browserGet(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", BROWSER);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> browserPost(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", BROWSER)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("a=b"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String csrf(HttpClient browser, String path) throws Exception {
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
