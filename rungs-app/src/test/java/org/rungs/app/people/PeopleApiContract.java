package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Standing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may see and change what, through the real HTTP API and filter chain, for every role: the
 * person, their manager, their manager's manager, a manager of another team, an admin, and nobody.
 * Run against H2 and PostgreSQL by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(StatementCount.class)
abstract class PeopleApiContract {

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired Accounts accounts;
  @Autowired AuditTrail audit;
  @Autowired FrameworkLibrary frameworks;

  private final HttpClient http = HttpClient.newHttpClient();

  /** The organisation: head → lead → dev; other → outsider; and an admin. */
  long head;

  long lead;
  long dev;
  long other;
  long outsider;
  String headToken;
  String leadToken;
  String devToken;
  String otherToken;
  String outsiderToken;
  String adminToken;
  Framework backend;

  @BeforeAll
  void organisation() {
    backend = frameworks.current().set().find("/engineering/backend").orElseThrow();
    head = add("head@example.com", "Hana Head", null, 5, Role.MEMBER);
    lead = add("lead@example.com", "Lee Lead", head, 4, Role.MEMBER);
    dev = add("dev@example.com", "Dee Dev", lead, 2, Role.MEMBER);
    other = add("other@example.com", "Otto Other", null, 4, Role.MEMBER);
    outsider = add("outsider@example.com", "Oona Outsider", other, 2, Role.MEMBER);
    long admin = add("people@example.com", "Pat People", null, null, Role.ADMIN);
    headToken = token(head);
    leadToken = token(lead);
    devToken = token(dev);
    otherToken = token(other);
    outsiderToken = token(outsider);
    adminToken = token(admin);
  }

  private long add(String email, String name, Long manager, Integer level, Role role) {
    return people.insert(
        new PersonRepository.NewPerson(
            email,
            name,
            manager,
            level == null ? null : "/engineering/backend",
            level,
            null,
            role,
            List.of(),
            null));
  }

  private String token(long id) {
    return accounts.newToken(people.findById(id).orElseThrow());
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  List<String> emailsSeenBy(String token) throws Exception {
    HttpResponse<String> response = get("/api/v1/people", token);
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> emails = new java.util.ArrayList<>();
    json(response).forEach(person -> emails.add(person.get("email").asString()));
    return emails;
  }

  String criterion(int level, int index) {
    List<Criterion> criteria =
        backend.topics().stream().flatMap(topic -> topic.criteriaAt(level).stream()).toList();
    return criteria.get(index).id().value();
  }

  @Test
  void aPersonSeesOnlyThemselves() throws Exception {
    assertThat(emailsSeenBy(devToken)).containsExactly("dev@example.com");
  }

  @Test
  void aManagerSeesTheirReportsDirectlyAndThroughTheirReportsManagers() throws Exception {
    assertThat(emailsSeenBy(leadToken))
        .containsExactlyInAnyOrder("lead@example.com", "dev@example.com");
    assertThat(emailsSeenBy(headToken))
        .containsExactlyInAnyOrder("head@example.com", "lead@example.com", "dev@example.com");
    assertThat(emailsSeenBy(otherToken))
        .containsExactlyInAnyOrder("other@example.com", "outsider@example.com");
  }

  @Test
  void anAdminSeesEveryone() throws Exception {
    assertThat(emailsSeenBy(adminToken)).hasSize((int) people.count());
  }

  @Test
  void nobodyWithoutATokenOrWithAWrongOneSeesAnything() throws Exception {
    assertThat(get("/api/v1/people", null).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = get("/api/v1/people", "rungs_not-a-real-token");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("rungs users token");
  }

  @Test
  void anotherTeamsPersonIsNotFoundRatherThanForbidden() throws Exception {
    for (String path :
        List.of(
            "/api/v1/people/" + dev,
            "/api/v1/people/" + dev + "/standing",
            "/api/v1/people/" + dev + "/assessments")) {
      assertThat(get(path, otherToken).statusCode()).as(path).isEqualTo(404);
      assertThat(get(path, outsiderToken).statusCode()).as(path).isEqualTo(404);
      assertThat(get(path, devToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, leadToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, headToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, adminToken).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(get("/api/v1/people/" + lead, devToken).statusCode())
        .as("a report cannot see their manager's record")
        .isEqualTo(404);
    assertThat(get("/api/v1/people/999999", adminToken).statusCode()).isEqualTo(404);
  }

  @Test
  void standingHasTheDocumentedShape() throws Exception {
    JsonNode standing = json(get("/api/v1/people/" + outsider + "/standing", outsiderToken));

    assertThat(standing.get("level").asInt()).isEqualTo(2);
    assertThat(standing.get("subLevel").asString()).isEqualTo("A");
    assertThat(standing.get("demonstrated").asInt()).isZero();
    assertThat(standing.get("criteria").asInt()).isPositive();
    assertThat(standing.get("nextLevel").get("level").asInt()).isEqualTo(3);
    assertThat(standing.get("target").isNull()).isTrue();
    assertThat(standing.get("explanation").asString()).startsWith("2A: 0 of ");
  }

  @Test
  void selfAndManagerAssessAndTheAgreedStatusMovesTheStanding() throws Exception {
    String criterion = criterion(2, 0);
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion;

    HttpResponse<String> self =
        put(
            path,
            devToken,
            "{\"view\":\"self\",\"status\":\"demonstrated\",\"note\":\"shipped it\",\"version\":0}");
    assertThat(self.statusCode()).as(self.body()).isEqualTo(200);
    int version = json(self).get("version").asInt();

    assertThat(
            put(
                    path,
                    devToken,
                    "{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":" + version + "}")
                .statusCode())
        .as("a person cannot agree on their own")
        .isEqualTo(403);
    assertThat(
            put(
                    path,
                    leadToken,
                    "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":" + version + "}")
                .statusCode())
        .as("a manager cannot give the person's own view")
        .isEqualTo(403);
    assertThat(
            put(
                    path,
                    otherToken,
                    "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":"
                        + version
                        + "}")
                .statusCode())
        .as("another team's manager does not even see the person")
        .isEqualTo(404);

    HttpResponse<String> agreed =
        put(
            path,
            headToken,
            "{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":" + version + "}");
    assertThat(agreed.statusCode()).as("the manager's manager may agree").isEqualTo(200);

    JsonNode standing = json(get("/api/v1/people/" + dev + "/standing", devToken));
    assertThat(standing.get("demonstrated").asInt()).isEqualTo(1);
    assertThat(audit.of("assessment", dev + ":/engineering/backend:" + criterion))
        .extracting(AuditTrail.Event::action)
        .containsExactly("assess-self", "assess-agreed");
  }

  @Test
  void twoPeopleEditingTheSameAssessmentGetAConflictNotALostUpdate() throws Exception {
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion(2, 1);
    assertThat(
            put(
                    path,
                    leadToken,
                    "{\"view\":\"manager\",\"status\":\"working towards\",\"version\":0}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> stale =
        put(path, headToken, "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":0}");

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("detail").asString())
        .contains("someone else changed this assessment");
    JsonNode assessments = json(get("/api/v1/people/" + dev + "/assessments", leadToken));
    assertThat(assessments.findValuesAsString("manager")).contains("WORKING_TOWARDS");
  }

  @Test
  void badChangesGet400WithFieldErrors() throws Exception {
    String path = "/api/v1/people/" + dev + "/assessments/" + criterion(2, 2);

    HttpResponse<String> bad = put(path, devToken, "{\"view\":\"mine\",\"status\":\"great\"}");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    JsonNode errors = json(bad).get("errors");
    assertThat(errors.get("view").asString()).contains("'mine' is not one of");
    assertThat(errors.get("status").asString()).contains("'great' is not one of");
    assertThat(errors.get("version").asString()).contains("required");

    HttpResponse<String> reasonless =
        put(path, devToken, "{\"view\":\"self\",\"status\":\"not applicable\",\"version\":0}");
    assertThat(reasonless.statusCode()).isEqualTo(400);
    assertThat(json(reasonless).get("errors").get("note").asString()).contains("why");

    HttpResponse<String> unknown =
        put(
            "/api/v1/people/" + dev + "/assessments/no-such-criterion",
            devToken,
            "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void standingPagesFollowTheSameRules() throws Exception {
    assertThat(get("/people/" + dev + "/", leadToken).statusCode()).isEqualTo(200);
    assertThat(get("/people/" + dev + "/", leadToken).body())
        .contains("Dee Dev")
        .contains("level-2 criteria demonstrated")
        .contains("Recent evidence")
        .contains("Last agreed check-in");
    assertThat(get("/people/" + dev + "/", otherToken).statusCode()).isEqualTo(404);
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people/" + dev + "/"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).as("a browser is sent to sign in").isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void theApiIsDescribedWithOpenApi() throws Exception {
    HttpResponse<String> docs = get("/api/docs", null);

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode spec = json(docs);
    assertThat(spec.get("openapi").asString()).startsWith("3.");
    assertThat(spec.get("paths").has("/api/v1/people/{id}/standing")).isTrue();
    assertThat(spec.get("paths").has("/api/v1/people/{id}/check-ins/{checkInId}/agreement"))
        .isTrue();
  }

  @Test
  void theTeamPageListsEveryoneBelowAManagerWithTheirStanding() throws Exception {
    String team = get("/team/", headToken).body();

    assertThat(team)
        .contains("Lee Lead")
        .contains("Dee Dev")
        .contains("2A")
        .doesNotContain("Otto Other");
    assertThat(get("/team/", devToken).body()).contains("Nobody reports to you");
  }

  @Autowired org.rungs.app.assessments.AssessmentRepository assessmentRows;
  @Autowired org.rungs.app.assessments.Assessments assessments;
  @Autowired StatementCount statements;

  /** A new team of {@code size} below a new manager, outside the organisation the others see. */
  private long team(String name, int size) {
    long boss = add(name + ".boss@example.com", name + " Boss", null, 5, Role.MEMBER);
    long middle = add(name + ".middle@example.com", name + " Middle", boss, 4, Role.MEMBER);
    for (int i = 0; i < size - 1; i++) {
      add(
          name + ".report" + i + "@example.com",
          name + " Report " + i,
          middle,
          1 + i % 5,
          Role.MEMBER);
    }
    return boss;
  }

  private String agreeAt(
      long person, String framework, String criterionId, AssessmentStatus status) {
    assessmentRows.write(
        person,
        framework,
        criterionId,
        "wording",
        org.rungs.app.assessments.Assessment.View.AGREED,
        status,
        null,
        0,
        head);
    return criterionId;
  }

  @Test
  void theDateAPersonReachedTheirLevelReadsBackAsWritten() {
    java.time.LocalDate since = java.time.LocalDate.of(2021, 12, 31);
    long id =
        people.insert(
            new PersonRepository.NewPerson(
                "since@example.com",
                "Sid Since",
                null,
                "/engineering/backend",
                2,
                since,
                Role.MEMBER,
                List.of(),
                null));

    assertThat(people.findById(id).orElseThrow().levelSince()).isEqualTo(since);
  }

  @Test
  void theTeamPageShowsEveryoneTheStandingTheirOwnPageShows() throws Exception {
    long boss = team("standings", 12);
    List<Person> reports = people.findReportsOf(boss);
    java.util.Random random = new java.util.Random(11);
    AssessmentStatus[] statuses = AssessmentStatus.values();
    for (Person report : reports) {
      for (Criterion criterion : backend.criteria().toList()) {
        if (random.nextBoolean()) {
          agreeAt(
              report.id(),
              "/engineering/backend",
              criterion.id().value(),
              statuses[random.nextInt(statuses.length)]);
        }
      }
      // Left over from a framework the person was in before: counts for neither page.
      agreeAt(report.id(), "/engineering/web", criterion(1, 0), AssessmentStatus.DEMONSTRATED);
    }
    people.setTargetLevel(reports.get(0).id(), 9, reports.get(0).version());
    long noLevel =
        add("standings.nolevel@example.com", "Standings No Level", boss, null, Role.MEMBER);
    reports = people.findReportsOf(boss);

    Map<Long, Standing> together = assessments.standings(reports);

    assertThat(reports).hasSize(13);
    for (Person report : reports) {
      assertThat(Optional.ofNullable(together.get(report.id())))
          .as(report.name())
          .isEqualTo(assessments.standing(report));
    }
    assertThat(together).doesNotContainKey(noLevel).hasSize(12);
    String page = get("/team/", token(boss)).body();
    for (Person report : reports) {
      int at = page.indexOf(report.name() + "</a></th>");
      assertThat(at).as(report.name()).isPositive();
      String row = page.substring(at, page.indexOf("</tr>", at));
      String label = assessments.standing(report).map(Standing::label).orElse("—");
      assertThat(row).as(report.name()).contains("<td>" + label + "</td>");
    }
  }

  @Test
  void theTeamPageAsksTheDatabaseAsOftenForFortyPeopleAsForTwo() throws Exception {
    String small = token(team("small", 2));
    String large = token(team("large", 40));
    get("/team/", small);
    // A token's first use in a minute records when it was last used: one write, not per person.
    get("/team/", large);

    long before = statements.sofar();
    assertThat(get("/team/", small).statusCode()).isEqualTo(200);
    long forTwo = statements.sofar() - before;
    before = statements.sofar();
    HttpResponse<String> page = get("/team/", large);
    long forForty = statements.sofar() - before;

    assertThat(page.body()).contains("large Report 37");
    assertThat(forForty).isEqualTo(forTwo);
  }

  @Test
  void assessmentsOfCriteriaNoLongerInTheFrameworkAreShownAsChangedNotLost() throws Exception {
    assessmentRows.write(
        lead,
        "/engineering/backend",
        "mastery-0000dead",
        "An old wording that the framework no longer has",
        org.rungs.app.assessments.Assessment.View.AGREED,
        org.rungs.progression.AssessmentStatus.DEMONSTRATED,
        null,
        0,
        head);

    String page = get("/people/" + lead + "/", leadToken).body();

    assertThat(page)
        .contains("Changed since assessed")
        .contains("An old wording that the framework no longer has");
    assertThat(
            json(get("/api/v1/people/" + lead + "/assessments", leadToken))
                .findValuesAsString("criterionId"))
        .contains("mastery-0000dead");
  }

  HttpResponse<String> postForm(String path, String token, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void tamperedFormsGetReasonsNotServerErrorsAndLoseNothing() throws Exception {
    String criterion = criterion(3, 0);
    put(
        "/api/v1/people/" + lead + "/assessments/" + criterion,
        leadToken,
        "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");

    HttpResponse<String> assess =
        postForm(
            "/people/" + lead + "/assess/3/",
            leadToken,
            "status."
                + criterion
                + "=GREAT&was."
                + criterion
                + "=DEMONSTRATED&version."
                + criterion
                + "=1");
    HttpResponse<String> agree =
        postForm(
            "/people/" + lead + "/check-ins/",
            headToken,
            "action=agree&checkIn=1&version=0&agreed." + criterion + "=GREAT&targetLevel=abc");

    assertThat(assess.statusCode()).isEqualTo(409);
    assertThat(assess.body()).contains("'GREAT' is not a status");
    assertThat(
            json(get("/api/v1/people/" + lead + "/assessments", leadToken))
                .findValuesAsString("self"))
        .contains("DEMONSTRATED");
    assertThat(agree.statusCode()).as("a bad form, as the API answers it").isEqualTo(400);
    assertThat(agree.body()).contains("is not a status").contains("'abc' is not a level");
  }

  @Test
  void theFrameworkSiteStaysPublic() throws Exception {
    assertThat(get("/engineering/backend/levels/2/", null).statusCode()).isEqualTo(200);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void writesWithoutATokenNeedACsrfToken() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:" + port + "/api/v1/people/" + dev + "/assessments/x"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(401, 403);
  }

  HttpResponse<String> post(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aCheckInGoesFromSelfToManagerToAnAgreementThatMovesTheStandingAndTarget() throws Exception {
    String base = "/api/v1/people/" + outsider + "/check-ins";
    HttpResponse<String> started = post(base, outsiderToken, "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonNode checkIn = json(started);
    long id = checkIn.get("id").asLong();
    assertThat(checkIn.get("state").asString()).isEqualTo("SELF_ASSESSMENT");
    assertThat(post(base, otherToken, "").statusCode())
        .as("one open check-in at a time")
        .isEqualTo(409);

    String c1 = criterion(2, 0);
    String c2 = criterion(2, 1);
    put(
        "/api/v1/people/" + outsider + "/assessments/" + c1,
        outsiderToken,
        "{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":0}").statusCode())
        .as("the manager cannot finish the person's self-assessment")
        .isEqualTo(403);
    assertThat(post(base + "/" + id + "/step", outsiderToken, "{\"version\":0}").statusCode())
        .isEqualTo(200);
    assertThat(post(base + "/" + id + "/step", outsiderToken, "{\"version\":1}").statusCode())
        .as("the person cannot finish the manager's assessment")
        .isEqualTo(403);
    put(
        "/api/v1/people/" + outsider + "/assessments/" + c2,
        otherToken,
        "{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":0}");
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":0}").statusCode())
        .as("stale version")
        .isEqualTo(409);
    assertThat(post(base + "/" + id + "/step", otherToken, "{\"version\":1}").statusCode())
        .isEqualTo(200);

    String agreement =
        "{\"statuses\":{\""
            + c1
            + "\":\"demonstrated\",\""
            + c2
            + "\":\"working towards\"},"
            + "\"targetLevel\":3,\"focus\":[\""
            + c2
            + "\"],\"summary\":\"Good progress\",\"version\":2}";
    assertThat(post(base + "/" + id + "/agreement", outsiderToken, agreement).statusCode())
        .as("the manager records the agreement")
        .isEqualTo(403);
    HttpResponse<String> bad =
        post(
            base + "/" + id + "/agreement",
            otherToken,
            agreement.replace("\"targetLevel\":3", "\"targetLevel\":9"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get("targetLevel").asString()).contains("not a level");
    HttpResponse<String> tooLong =
        post(
            base + "/" + id + "/agreement",
            otherToken,
            agreement.replace("Good progress", "x".repeat(4001)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).get("errors").get("summary").asString())
        .isEqualTo("a summary has at most 4000 characters, this one has 4001");
    HttpResponse<String> agreed = post(base + "/" + id + "/agreement", otherToken, agreement);
    assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
    assertThat(json(agreed).get("state").asString()).isEqualTo("AGREED");
    assertThat(json(agreed).get("focus").get(0).asString()).isEqualTo(c2);
    assertThat(audit.of("assessment", outsider + ":/engineering/backend:" + c1))
        .filteredOn(event -> event.action().equals("assess-agreed"))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.before()).as("never agreed before").isNull();
              assertThat(event.after()).isEqualTo("DEMONSTRATED");
              assertThat(event.actorId()).isEqualTo(other);
            });

    JsonNode standing = json(get("/api/v1/people/" + outsider + "/standing", outsiderToken));
    assertThat(standing.get("demonstrated").asInt()).isEqualTo(1);
    assertThat(standing.get("target").asInt()).isEqualTo(3);
    assertThat(json(get(base, outsiderToken))).hasSize(1);
    assertThat(get(base, devToken).statusCode()).isEqualTo(404);

    // The person then says whether what was recorded is what they agreed.
    String confirmation = base + "/" + id + "/confirmation";
    int version = json(agreed).get("version").asInt();
    assertThat(json(agreed).get("confirmation").isNull()).isTrue();
    assertThat(
            post(confirmation, otherToken, "{\"confirmed\":true,\"version\":" + version + "}")
                .statusCode())
        .as("only the person confirms")
        .isEqualTo(403);
    String rambling = "We agreed otherwise. ".repeat(100);
    HttpResponse<String> tooLongOnThePage =
        postForm(
            "/people/" + outsider + "/check-ins/",
            outsiderToken,
            "action=dispute&checkIn="
                + id
                + "&version="
                + version
                + "&note="
                + java.net.URLEncoder.encode(rambling, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(tooLongOnThePage.statusCode()).isEqualTo(400);
    assertThat(tooLongOnThePage.body())
        .contains("a note has at most 2000 characters, this one has 2099")
        .as("what was typed comes back, not lost")
        .contains(rambling.strip());
    HttpResponse<String> noReason =
        post(confirmation, outsiderToken, "{\"confirmed\":false,\"version\":" + version + "}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(json(noReason).get("errors").get("note").asString()).contains("did not agree");
    HttpResponse<String> disputed =
        post(
            confirmation,
            outsiderToken,
            "{\"confirmed\":false,\"note\":\"We said level 2 focus, not 3\",\"version\":"
                + version
                + "}");
    assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
    assertThat(json(disputed).get("confirmation").asString()).isEqualTo("DISPUTED");
    assertThat(json(disputed).get("confirmationNote").asString())
        .isEqualTo("We said level 2 focus, not 3");
    assertThat(
            post(
                    confirmation,
                    outsiderToken,
                    "{\"confirmed\":true,\"version\":" + (version + 1) + "}")
                .statusCode())
        .as("an answer stands; it is not changed silently")
        .isEqualTo(409);
    assertThat(audit.of("check-in", Long.toString(id)))
        .extracting(AuditTrail.Event::action)
        .containsSubsequence("started", "step", "step", "agreed", "disputed");
    assertThat(get("/people/" + outsider + "/check-ins/", otherToken).body())
        .contains("Disputed by Oona Outsider")
        .contains("We said level 2 focus, not 3");
  }

  @Test
  void evidenceSupportsSeveralCriteriaAndRefusesBadInput() throws Exception {
    String base = "/api/v1/people/" + dev + "/evidence";
    String criteria = "[\"" + criterion(2, 0) + "\",\"" + criterion(2, 3) + "\"]";

    HttpResponse<String> added =
        post(
            base,
            devToken,
            "{\"note\":\"Led the incident review\",\"link\":\"https://wiki.example.com/pm-42\",\"happenedOn\":\"2026-01-15\",\"criterionIds\":"
                + criteria
                + "}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(json(added).get("criterionIds")).hasSize(2);
    assertThat(json(get(base, leadToken))).hasSize(1);
    assertThat(get(base, otherToken).statusCode()).isEqualTo(404);

    HttpResponse<String> bad =
        post(
            base,
            devToken,
            "{\"link\":\"javascript:alert(1)\",\"happenedOn\":\"2999-01-01\",\"criterionIds\":[\"nope\"]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode errors = json(bad).get("errors");
    assertThat(errors.get("link").asString()).contains("https://");
    assertThat(errors.get("happenedOn").asString()).contains("future");
    assertThat(errors.get("criterionIds").asString()).contains("nope");
  }
}
