package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rungs.app.system.AccessMatrixTests.Outcome.CONFLICT;
import static org.rungs.app.system.AccessMatrixTests.Outcome.CREATED;
import static org.rungs.app.system.AccessMatrixTests.Outcome.MARKDOWN;
import static org.rungs.app.system.AccessMatrixTests.Outcome.OK;
import static org.rungs.app.system.AccessMatrixTests.Outcome.PDF;
import static org.rungs.app.system.AccessMatrixTests.Outcome.seeOther;
import static org.rungs.app.system.AccessMatrixTests.Who.ADMINS;
import static org.rungs.app.system.AccessMatrixTests.Who.ADMINS_AND_MANAGERS_OF_MANAGERS;
import static org.rungs.app.system.AccessMatrixTests.Who.EVERYONE;
import static org.rungs.app.system.AccessMatrixTests.Who.FRAMEWORK_OWNERS;
import static org.rungs.app.system.AccessMatrixTests.Who.SIGNED_IN;
import static org.rungs.app.system.AccessMatrixTests.Who.SIGNED_IN_OR_NOTHING;
import static org.rungs.app.system.AccessMatrixTests.Who.THEIR_MANAGERS;
import static org.rungs.app.system.AccessMatrixTests.Who.THEIR_OWN_MANAGER;
import static org.rungs.app.system.AccessMatrixTests.Who.THE_PERSON;
import static org.rungs.app.system.AccessMatrixTests.Who.THE_PERSON_AND_ADMINS;
import static org.rungs.app.system.AccessMatrixTests.Who.WHO_SEE_THE_PERSON;
import static org.rungs.progression.CheckInStep.AGREED;
import static org.rungs.progression.CheckInStep.AGREEING;
import static org.rungs.progression.CheckInStep.MANAGER_ASSESSMENT;
import static org.rungs.progression.CheckInStep.SELF_ASSESSMENT;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rungs.app.RungsApplication;
import org.rungs.app.checkins.CheckInRows;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.ApiTokens;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.OidcTestProvider;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use each route the app serves, tried by every kind of caller through the real filter
 * chain over HTTP: pages with a signed-in session and its CSRF token, the API with a personal
 * token. Everyone else gets a refusal that gives nothing away: 401 from the API or the sign-in page
 * when not signed in, 403 from the admin pages, and 404 for a person the caller may not see, with
 * the same body as for an id nobody has.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

  /** Single sign-on is configured, so that its routes are served and tried too. */
  private static final OidcTestProvider PROVIDER = OidcTestProvider.start();

  private static final String PAY_BANDS_CSV =
      "framework,level,zone,currency,min,max,effective_from\n"
          + "/engineering/backend,2,,GBP,45000,60000,2025-01-01\n";
  private static final String PAY_CSV =
      "email,effective_from,reason,currency,base_salary\n"
          + "head@example.com,2025-01-01,hire,GBP,50000\n";

  private static final String PEOPLE_CSV =
      """
      email,name,manager_email,framework,level,level_since,role
      newcomer@example.com,Nia Newcomer,,/engineering/backend,2,2024-01-09,member
      """;

  /**
   * Every route and who may use it: one row a route (a second row where the same route allows
   * different callers in another situation). Each row is tried by every caller; a write is made
   * about a person of its own, so what one caller writes cannot change what the next one gets. In
   * patterns, {@code {id}} is that person, {@code {criterionId}} one of their level's criteria,
   * {@code {checkInId}} and {@code {version}} the check-in {@code atCheckIn} started, {@code {me}}
   * the caller. docs/security.md shows the same matrix as a table.
   */
  private static final Body PERSON_EDIT =
      form(
          "name", "Tara Edited",
          "email", "edited.{id}@example.com",
          "managerEmail", "lead@example.com",
          "framework", "/engineering/backend",
          "level", "2",
          "version", "0");

  static final List<Route> MATRIX =
      List.of(
          get("/login", EVERYONE, OK),
          // Single sign-on (served by Spring Security's filters, see FILTER_ROUTES): the start
          // sends anyone to the provider; a callback with no sign-in started is refused.
          get("/oauth2/authorization/sso", EVERYONE, new Outcome(302, null, null)),
          get("/login/oauth2/code/sso", EVERYONE, new Outcome(302, null, "/login?refused=failed")),
          get("/health", EVERYONE, OK),
          // Operations: the probes, and metrics (a scraper's token is tried in MetricsTests).
          get("/health/liveness", EVERYONE, OK),
          get("/health/readiness", EVERYONE, OK),
          get("/metrics", ADMINS, OK),
          get("/assets/{name}", EVERYONE, OK),
          get("/me", SIGNED_IN, seeOther("/people/{me}/")),
          get("/me/", SIGNED_IN, seeOther("/people/{me}/")),
          // The top bar's account links that rungs.js puts into the cached framework pages.
          get("/me/header", SIGNED_IN_OR_NOTHING, OK),
          // Accounts (issue 9): each caller's own password, sessions and tokens.
          get("/me/password", SIGNED_IN, OK),
          post(
              "/me/password",
              form(
                  "current", AccessMatrixTests.PASSWORD,
                  "password", "a new passphrase for {me}",
                  "repeat", "a new passphrase for {me}"),
              SIGNED_IN,
              seeOther("/me/account?password-changed")),
          get("/me/account", SIGNED_IN, OK),
          post("/me/sessions/{sessionId}/end", form(), SIGNED_IN, seeOther("/me/account")),
          post("/me/sessions/end-others", form(), SIGNED_IN, seeOther("/me/account")),
          post("/me/tokens", form("name", "matrix", "days", "30"), SIGNED_IN, OK),
          post("/me/tokens/{tokenId}/revoke", form(), SIGNED_IN, seeOther("/me/account")),
          // A rhythm (issue 10): the inbox, where sign-in lands (the inbox or /me/, by what waits),
          // and each caller's own notification channels.
          get("/me/start", SIGNED_IN, seeOther("/")),
          get("/me/inbox", SIGNED_IN, seeOther("/me/inbox/")),
          get("/me/inbox/", SIGNED_IN, OK),
          get("/me/notifications", SIGNED_IN, OK),
          post(
              "/me/notifications",
              form("email", "on"),
              SIGNED_IN,
              seeOther("/me/notifications?saved")),
          get("/team", SIGNED_IN, OK),
          get("/team/", SIGNED_IN, OK),
          get("/people/{id}", WHO_SEE_THE_PERSON, OK),
          get("/people/{id}/", WHO_SEE_THE_PERSON, OK),
          get("/people/{id}/assess/{level}/", WHO_SEE_THE_PERSON, OK),
          post(
              "/people/{id}/assess/{level}/",
              form("status.{criterionId}", "DEMONSTRATED", "version.{criterionId}", "0"),
              WHO_SEE_THE_PERSON,
              seeOther("/people/{id}/assess/{level}/?saved")),
          get("/people/{id}/evidence/", WHO_SEE_THE_PERSON, OK),
          post(
              "/people/{id}/evidence/",
              form("note", "Ran the incident review", "criterionIds", "{criterionId}"),
              WHO_SEE_THE_PERSON,
              seeOther("/people/{id}/evidence/")),
          get("/people/{id}/check-ins/", WHO_SEE_THE_PERSON, OK),
          post(
                  "/people/{id}/check-ins/",
                  form("action", "start"),
                  WHO_SEE_THE_PERSON,
                  seeOther("/people/{id}/check-ins/"))
              .named("start"),
          post(
                  "/people/{id}/check-ins/",
                  form("action", "step", "checkIn", "{checkInId}", "version", "{version}"),
                  THE_PERSON,
                  seeOther("/people/{id}/check-ins/"))
              .atCheckIn(SELF_ASSESSMENT),
          post(
                  "/people/{id}/check-ins/",
                  form("action", "step", "checkIn", "{checkInId}", "version", "{version}"),
                  THEIR_OWN_MANAGER,
                  seeOther("/people/{id}/check-ins/"))
              .atCheckIn(MANAGER_ASSESSMENT),
          post(
                  "/people/{id}/check-ins/",
                  form(
                      "action",
                      "agree",
                      "checkIn",
                      "{checkInId}",
                      "version",
                      "{version}",
                      "agreed.{criterionId}",
                      "DEMONSTRATED",
                      "targetLevel",
                      "3"),
                  THEIR_OWN_MANAGER,
                  seeOther("/people/{id}/check-ins/"))
              .atCheckIn(AGREEING),
          post(
                  "/people/{id}/check-ins/",
                  form("action", "confirm", "checkIn", "{checkInId}", "version", "{version}"),
                  THE_PERSON,
                  seeOther("/people/{id}/check-ins/"))
              .atCheckIn(AGREED),
          // History (issue 10): a past check-in, and the person's history page.
          get("/people/{id}/check-ins/{checkInId}/", WHO_SEE_THE_PERSON, OK).atCheckIn(AGREED),
          get("/people/{id}/history/", WHO_SEE_THE_PERSON, OK),
          get("/people/{id}/promotion/{level}", WHO_SEE_THE_PERSON, OK),
          get("/people/{id}/promotion/{level}/", WHO_SEE_THE_PERSON, OK),
          get("/people/{id}/promotion/{level}.md", WHO_SEE_THE_PERSON, MARKDOWN),
          get("/people/{id}/promotion/{level}.pdf", WHO_SEE_THE_PERSON, PDF),
          get("/people/{id}/one-pager.pdf", WHO_SEE_THE_PERSON, PDF),
          get("/admin/people", ADMINS, OK),
          get("/admin/people/", ADMINS, OK),
          // Issue 10: New password asks first, then redirects to where the password is shown once.
          get("/admin/people/{id}/password", ADMINS, OK),
          post("/admin/people/{id}/password", form(), ADMINS, seeOther("/admin/people/#issued")),
          get("/admin/people/{id}/tokens/", ADMINS, OK),
          post(
              "/admin/people/{id}/tokens/{tokenId}/revoke",
              form(),
              ADMINS,
              seeOther("/admin/people/{id}/tokens/")),
          post("/admin/people/import", form("csv", PEOPLE_CSV, "dryRun", "on"), ADMINS, OK),
          // Personal data (issue 15): exports for the person and admins only; erasure for admins.
          get("/me/export", SIGNED_IN, Outcome.ZIP),
          get("/people/{id}/export", Who.THE_PERSON_AND_ADMINS_NOT_MANAGERS, Outcome.ZIP),
          get("/admin/privacy", ADMINS, OK),
          get("/admin/privacy/", ADMINS, OK),
          get("/admin/people/{id}/erase/", ADMINS, OK),
          post(
              "/admin/people/{id}/erase/",
              form("confirm", "true", "email", "{email}"),
              ADMINS,
              seeOther("/admin/privacy/?erased={id}")),
          // People management (issue 10): admins add, edit, promote, deactivate and reactivate.
          get("/admin/people/new", ADMINS, OK),
          post(
              "/admin/people/new",
              form("name", "Nell New", "email", "nell.new.{me}@example.com"),
              ADMINS,
              seeOther("?done=added")),
          get("/admin/people/{id}/", ADMINS, OK),
          post(
              "/admin/people/{id}/",
              PERSON_EDIT,
              ADMINS,
              seeOther("/admin/people/{id}/?done=saved")),
          post(
              "/admin/people/{id}/promotion",
              form("level", "3", "version", "0"),
              ADMINS,
              seeOther("/admin/people/{id}/?done=promoted")),
          post(
              "/admin/people/{id}/deactivate",
              form("version", "0"),
              ADMINS,
              seeOther("/admin/people/{id}/?done=deactivated")),
          // The person is active: admins get past the authorisation to the conflict that says so.
          post("/admin/people/{id}/reactivate", form("version", "0"), ADMINS, CONFLICT),
          // The organisation overview (issue 10).
          get("/org", ADMINS_AND_MANAGERS_OF_MANAGERS, OK),
          get("/org/", ADMINS_AND_MANAGERS_OF_MANAGERS, OK),
          // A part of the tree: the person is in the organisation of both who may see it.
          get("/org/{id}/", ADMINS_AND_MANAGERS_OF_MANAGERS, OK),
          get("/org/{id}", SIGNED_IN, seeOther("/org/{id}/")),
          get("/api/v1/admin/people", ADMINS, OK),
          post(
              "/api/v1/admin/people",
              json("{\"name\":\"Nell New\",\"email\":\"nell.api.{me}@example.com\"}"),
              ADMINS,
              CREATED),
          get("/api/v1/admin/people/{id}", ADMINS, OK),
          put(
              "/api/v1/admin/people/{id}",
              json(
                  "{\"name\":\"Tara Edited\",\"email\":\"edited.{id}@example.com\","
                      + "\"framework\":\"/engineering/backend\",\"level\":2,\"version\":0}"),
              ADMINS,
              OK),
          post(
              "/api/v1/admin/people/{id}/promotions",
              json("{\"level\":3,\"version\":0}"),
              ADMINS,
              CREATED),
          post("/api/v1/admin/people/{id}/deactivation", json(""), ADMINS, OK),
          // As above: the person is active, so admins get the conflict.
          delete("/api/v1/admin/people/{id}/deactivation", json(""), ADMINS, CONFLICT),
          get("/api/v1/people", SIGNED_IN, OK),
          get("/api/v1/people/{id}", WHO_SEE_THE_PERSON, OK),
          get("/api/v1/people/{id}/standing", WHO_SEE_THE_PERSON, OK),
          get("/api/v1/people/{id}/assessments", WHO_SEE_THE_PERSON, OK),
          put(
                  "/api/v1/people/{id}/assessments/{criterionId}",
                  json("{\"view\":\"self\",\"status\":\"demonstrated\",\"version\":0}"),
                  THE_PERSON,
                  OK)
              .named("the person's own view"),
          put(
                  "/api/v1/people/{id}/assessments/{criterionId}",
                  json("{\"view\":\"manager\",\"status\":\"demonstrated\",\"version\":0}"),
                  THEIR_MANAGERS,
                  OK)
              .named("the manager's view"),
          put(
                  "/api/v1/people/{id}/assessments/{criterionId}",
                  json("{\"view\":\"agreed\",\"status\":\"demonstrated\",\"version\":0}"),
                  THEIR_MANAGERS,
                  OK)
              .named("the agreed view"),
          get("/api/v1/people/{id}/evidence", WHO_SEE_THE_PERSON, OK),
          post(
              "/api/v1/people/{id}/evidence",
              json("{\"note\":\"Ran the incident review\",\"criterionIds\":[\"{criterionId}\"]}"),
              WHO_SEE_THE_PERSON,
              CREATED),
          get("/api/v1/people/{id}/check-ins", WHO_SEE_THE_PERSON, OK),
          post("/api/v1/people/{id}/check-ins", json(""), WHO_SEE_THE_PERSON, CREATED),
          post(
                  "/api/v1/people/{id}/check-ins/{checkInId}/step",
                  json("{\"version\":{version}}"),
                  THE_PERSON,
                  OK)
              .atCheckIn(SELF_ASSESSMENT),
          post(
                  "/api/v1/people/{id}/check-ins/{checkInId}/step",
                  json("{\"version\":{version}}"),
                  THEIR_OWN_MANAGER,
                  OK)
              .atCheckIn(MANAGER_ASSESSMENT),
          post(
                  "/api/v1/people/{id}/check-ins/{checkInId}/agreement",
                  json(
                      "{\"statuses\":{\"{criterionId}\":\"demonstrated\"},\"targetLevel\":3,"
                          + "\"focus\":[],\"summary\":\"Good progress\",\"version\":{version}}"),
                  THEIR_OWN_MANAGER,
                  OK)
              .atCheckIn(AGREEING),
          post(
                  "/api/v1/people/{id}/check-ins/{checkInId}/confirmation",
                  json("{\"confirmed\":true,\"version\":{version}}"),
                  THE_PERSON,
                  OK)
              .atCheckIn(AGREED),
          // Pay (issue 11): a person's pay for them and admins only; reports for admins.
          get("/me/pay", SIGNED_IN, seeOther("/people/{me}/pay/")),
          get("/me/pay/", SIGNED_IN, seeOther("/people/{me}/pay/")),
          get("/people/{id}/pay/", THE_PERSON_AND_ADMINS, OK),
          get("/people/{id}/pay.csv", THE_PERSON_AND_ADMINS, OK),
          get("/people/{id}/pay/information.pdf", THE_PERSON_AND_ADMINS, PDF),
          get("/api/v1/people/{id}/pay", THE_PERSON_AND_ADMINS, OK),
          get("/team/calibration/", SIGNED_IN, OK),
          get("/team/calibration.csv", SIGNED_IN, OK),
          get("/api/v1/calibration", ADMINS, OK),
          get("/api/v1/managers/consistency", ADMINS, OK),
          get("/api/v1/pay-gap", ADMINS, OK),
          get("/admin/pay", ADMINS, OK),
          get("/admin/pay/", ADMINS, OK),
          get("/admin/pay/bands.csv", ADMINS, OK),
          post("/admin/pay/bands", form("csv", PAY_BANDS_CSV, "dryRun", "on"), ADMINS, OK),
          post("/admin/pay/import", form("csv", PAY_CSV, "dryRun", "on"), ADMINS, OK),
          get("/admin/pay/consistency/", ADMINS, OK),
          get("/admin/pay/consistency.csv", ADMINS, OK),
          get("/admin/pay/gap/", ADMINS, OK),
          get("/admin/pay/gap.csv", ADMINS, OK),
          // Pay review rounds: managers see their organisation's raises in percent, no money;
          // admins open, approve and close. {roundId} is a round opened with the person in it.
          get("/team/pay-reviews/", SIGNED_IN, OK),
          post(
              "/admin/pay-reviews",
              form("name", "Matrix round", "effectiveFrom", "2025-06-01", "budget", "3"),
              ADMINS,
              new Outcome(303, null, null)),
          get("/team/pay-reviews/{roundId}/", SIGNED_IN, OK),
          get("/team/pay-reviews/{roundId}.csv", SIGNED_IN, OK),
          post(
              "/team/pay-reviews/{roundId}/raises/{id}",
              form("percent", "1", "reason", "Steady year", "version", "0"),
              THEIR_MANAGERS,
              seeOther("/team/pay-reviews/{roundId}/#raise-{id}")),
          post(
              "/admin/pay-reviews/{roundId}/raises/{id}/approve",
              form("version", "0"),
              ADMINS,
              seeOther("/team/pay-reviews/{roundId}/#raise-{id}")),
          post(
              "/admin/pay-reviews/{roundId}/approve",
              form("version", "0"),
              ADMINS,
              seeOther("/team/pay-reviews/{roundId}/")),
          post(
              "/admin/pay-reviews/{roundId}/close",
              form("version", "0"),
              ADMINS,
              seeOther("/team/pay-reviews/{roundId}/")),
          get("/api/v1/pay-reviews", SIGNED_IN, OK),
          post(
              "/api/v1/pay-reviews",
              json(
                  "{\"name\":\"Matrix round\",\"effectiveFrom\":\"2025-06-01\",\"budgetPercent\":3}"),
              ADMINS,
              CREATED),
          get("/api/v1/pay-reviews/{roundId}", SIGNED_IN, OK),
          get("/api/v1/pay-reviews/{roundId}/proposals", SIGNED_IN, OK),
          put(
              "/api/v1/pay-reviews/{roundId}/proposals/{id}",
              json("{\"percent\":1,\"reason\":\"Steady year\",\"version\":0}"),
              THEIR_MANAGERS,
              OK),
          post(
              "/api/v1/pay-reviews/{roundId}/proposals/{id}/approve",
              json("{\"version\":0}"),
              ADMINS,
              OK),
          post("/api/v1/pay-reviews/{roundId}/approve", json("{\"version\":0}"), ADMINS, OK),
          post("/api/v1/pay-reviews/{roundId}/close", json("{\"version\":0}"), ADMINS, OK),
          // Feedback (issue 12): anyone signed in gives and supports it; owners of the framework
          // (OWNERS names their manager, lead@example.com) and admins decide on it.
          get("/feedback/criteria/{criterionId}/", SIGNED_IN, OK),
          post(
              "/feedback/criteria/{criterionId}/",
              form("kind", "question", "text", "What counts here?"),
              SIGNED_IN,
              seeOther("/feedback/criteria/{criterionId}/")),
          get("/feedback/framework/?path=/engineering/backend", SIGNED_IN, OK),
          post(
              "/feedback/framework/?path=/engineering/backend",
              form("kind", "comment", "text", "More examples, please"),
              SIGNED_IN,
              seeOther("/feedback/framework/?path=/engineering/backend")),
          post(
              "/feedback/{feedbackId}/support",
              form(),
              SIGNED_IN,
              seeOther("/feedback/framework/?path=/engineering/backend")),
          get("/feedback/queue/", SIGNED_IN, OK),
          get("/feedback/health/", SIGNED_IN, OK),
          get("/feedback/edit/?path=/engineering/backend", FRAMEWORK_OWNERS, OK),
          // A preview: saving is tried in FrameworkEditBrowserTests.
          post(
              "/feedback/edit/?path=/engineering/backend",
              form("action", "preview", "text", "---\npath: /engineering/backend\n---\n"),
              FRAMEWORK_OWNERS,
              OK),
          post(
              "/feedback/{feedbackId}/decide",
              form("decision", "reject", "reason", "Not now"),
              FRAMEWORK_OWNERS,
              seeOther("/feedback/queue/?decided={feedbackId}")),
          get(
              "/feedback/{feedbackId}/patch",
              FRAMEWORK_OWNERS,
              new Outcome(200, "text/x-diff", null)),
          post(
              "/api/v1/feedback",
              json("{\"framework\":\"/engineering/backend\",\"kind\":\"comment\",\"text\":\"Hi\"}"),
              SIGNED_IN,
              CREATED),
          post("/api/v1/feedback/{feedbackId}/accept", json("{}"), FRAMEWORK_OWNERS, OK),
          post(
              "/api/v1/feedback/{feedbackId}/reject",
              json("{\"reason\":\"Not now\"}"),
              FRAMEWORK_OWNERS,
              OK));

  /** Mappings the app has that are not its own routes, and why they have no row. */
  /**
   * Routes with rows that no controller serves: Spring Security's OAuth 2.0 login filters answer
   * them, so they are not among the handler mappings that the completeness check reads.
   */
  static final Map<String, String> FILTER_ROUTES =
      Map.of(
          "GET /oauth2/authorization/sso",
          "the start of single sign-on: a redirect to the provider with state, nonce and PKCE",
          "GET /login/oauth2/code/sso",
          "where the provider sends the browser back with a code");

  static final Map<String, String> NOT_IN_THE_MATRIX =
      Map.of(
          "/error",
          "Spring Boot's error page, which the server forwards refusals and failures to",
          "/api/docs",
          "springdoc's description of the API: public on purpose, no person's data",
          "/api/docs.yaml",
          "the same description in YAML",
          "/api/docs/ui",
          "Swagger UI's entry, sending to its page of the public description: ApiDocsBrowserTests",
          "/api/docs/swagger-config",
          "Swagger UI's settings (where the description is): public like it",
          "/**",
          "the framework site, public for everyone: theFrameworkSiteIsPublicForEveryone");

  /** Who asks, seen from the person the request is about. */
  enum Caller {
    ANONYMOUS("anonymous"),
    PERSON("the person"),
    PEER("a peer in another team"),
    MANAGER("their manager"),
    MANAGERS_MANAGER("their manager's manager"),
    UNRELATED_MANAGER("an unrelated manager"),
    ADMIN("an admin");

    private final String label;

    Caller(String label) {
      this.label = label;
    }

    boolean signedIn() {
      return this != ANONYMOUS;
    }

    boolean seesThePerson() {
      return this == PERSON || managesThePerson();
    }

    /** Admins count as managing everyone, as PersonAccess has it. */
    boolean managesThePerson() {
      return this == MANAGER || this == MANAGERS_MANAGER || this == ADMIN;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Who may use a route; {@link #expected} says what everyone else gets instead. */
  enum Who {
    EVERYONE,
    SIGNED_IN,
    ADMINS,
    /** The person, their managers up the line and admins; to anyone else they do not exist. */
    WHO_SEE_THE_PERSON,
    /** Of those who see the person, only the person: their own view of themselves. */
    THE_PERSON,
    /** Of those who see the person, only their managers and admins. */
    THEIR_MANAGERS,
    /** Of those who see the person, only their own manager and admins: a check-in's steps. */
    THEIR_OWN_MANAGER,
    /** Of those who see the person, only the person and admins: their managers are refused. */
    THE_PERSON_AND_ADMINS_NOT_MANAGERS,
    /** The person and admins (pay); to anyone else, managers included, they do not exist. */
    THE_PERSON_AND_ADMINS,
    /** Admins and managers of managers (the head of the organisation), about no one person. */
    ADMINS_AND_MANAGERS_OF_MANAGERS,
    /** The owners of the framework (OWNERS names the manager) and admins; 403 to anyone else. */
    FRAMEWORK_OWNERS,
    /** Signed-in callers; anyone else gets 204 and nothing else, not a redirect to sign in. */
    SIGNED_IN_OR_NOTHING;

    Outcome expected(Caller caller, boolean api, Outcome allowed) {
      if (this == EVERYONE) {
        return allowed;
      }
      if (!caller.signedIn()) {
        if (this == SIGNED_IN_OR_NOTHING) {
          return Outcome.NO_CONTENT;
        }
        return api ? Outcome.UNAUTHORIZED : Outcome.SIGN_IN;
      }
      return switch (this) {
        case EVERYONE, SIGNED_IN, SIGNED_IN_OR_NOTHING -> allowed;
        case ADMINS -> caller == Caller.ADMIN ? allowed : Outcome.FORBIDDEN;
        case ADMINS_AND_MANAGERS_OF_MANAGERS ->
            caller == Caller.ADMIN || caller == Caller.MANAGERS_MANAGER
                ? allowed
                : Outcome.FORBIDDEN;
        case WHO_SEE_THE_PERSON -> caller.seesThePerson() ? allowed : Outcome.NOT_FOUND;
        case THE_PERSON ->
            !caller.seesThePerson()
                ? Outcome.NOT_FOUND
                : caller == Caller.PERSON ? allowed : Outcome.FORBIDDEN;
        case THE_PERSON_AND_ADMINS ->
            caller == Caller.PERSON || caller == Caller.ADMIN ? allowed : Outcome.NOT_FOUND;
        case THEIR_MANAGERS ->
            !caller.seesThePerson()
                ? Outcome.NOT_FOUND
                : caller.managesThePerson() ? allowed : Outcome.FORBIDDEN;
        case THEIR_OWN_MANAGER ->
            !caller.seesThePerson()
                ? Outcome.NOT_FOUND
                : caller == Caller.MANAGER || caller == Caller.ADMIN ? allowed : Outcome.FORBIDDEN;
        case THE_PERSON_AND_ADMINS_NOT_MANAGERS ->
            !caller.seesThePerson()
                ? Outcome.NOT_FOUND
                : caller == Caller.PERSON || caller == Caller.ADMIN ? allowed : Outcome.FORBIDDEN;
        case FRAMEWORK_OWNERS ->
            caller == Caller.MANAGER || caller == Caller.ADMIN ? allowed : Outcome.FORBIDDEN;
      };
    }
  }

  /** A status, and where it matters the content type or where it redirects to. */
  record Outcome(int status, String contentType, String location) {
    static final Outcome OK = new Outcome(200, null, null);
    static final Outcome CREATED = new Outcome(201, null, null);
    static final Outcome NO_CONTENT = new Outcome(204, null, null);
    static final Outcome PDF = new Outcome(200, "application/pdf", null);
    static final Outcome MARKDOWN = new Outcome(200, "text/markdown", null);
    static final Outcome ZIP = new Outcome(200, "application/zip", null);
    static final Outcome SIGN_IN = new Outcome(302, null, "/login");
    static final Outcome UNAUTHORIZED = new Outcome(401, null, null);
    static final Outcome FORBIDDEN = new Outcome(403, null, null);
    static final Outcome NOT_FOUND = new Outcome(404, null, null);
    static final Outcome CONFLICT = new Outcome(409, null, null);

    static Outcome seeOther(String location) {
      return new Outcome(303, null, location);
    }

    @Override
    public String toString() {
      return status
          + (contentType == null ? "" : " " + contentType)
          + (location == null ? "" : " " + location);
    }
  }

  /** What a write sends: form fields (name, value, ...) or JSON, {@code {variables}} filled in. */
  record Body(List<String> fields, String json) {}

  static Body form(String... fieldsAndValues) {
    return new Body(List.of(fieldsAndValues), null);
  }

  static Body json(String json) {
    return new Body(List.of(), json);
  }

  /** One row of the matrix. */
  record Route(
      String method,
      String pattern,
      Body body,
      Who who,
      Outcome allowed,
      String situation,
      CheckInStep checkInAt) {

    /** A second row for the same route says what differs: the body it sends, say. */
    Route named(String situation) {
      return new Route(method, pattern, body, who, allowed, situation, checkInAt);
    }

    /** The person has a check-in at {@code state} before the request. */
    Route atCheckIn(CheckInStep state) {
      return new Route(method, pattern, body, who, allowed, "check-in at " + state.label(), state);
    }

    boolean api() {
      return pattern.startsWith("/api/");
    }

    String key() {
      // A query names no route of its own.
      return method + " " + pattern.replaceAll("\\?.*", "");
    }

    @Override
    public String toString() {
      return key() + (situation == null ? "" : " (" + situation + ")");
    }
  }

  static Route get(String pattern, Who who, Outcome allowed) {
    return new Route("GET", pattern, null, who, allowed, null, null);
  }

  static Route post(String pattern, Body body, Who who, Outcome allowed) {
    return new Route("POST", pattern, body, who, allowed, null, null);
  }

  static Route put(String pattern, Body body, Who who, Outcome allowed) {
    return new Route("PUT", pattern, body, who, allowed, null, null);
  }

  static Route delete(String pattern, Body body, Who who, Outcome allowed) {
    return new Route("DELETE", pattern, body, who, allowed, null, null);
  }

  /** One cell of the matrix: a route tried by a caller. */
  record Cell(Route route, Caller caller) {
    Outcome expected() {
      return route.who().expected(caller, route.api(), route.allowed());
    }

    @Override
    public String toString() {
      return route + " as " + caller + " → " + expected();
    }
  }

  /** How a caller is signed in: a browser's cookies and CSRF token, or an API token. */
  record Session(HttpClient browser, String csrf, String token) {}

  static Stream<Cell> cells() {
    return MATRIX.stream()
        .flatMap(route -> Stream.of(Caller.values()).map(caller -> new Cell(route, caller)));
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
    PROVIDER.configure(registry);
  }

  private static final String PASSWORD = "correct horse battery staple";
  private static final String BROWSER_ACCEPTS =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired FrameworkLibrary frameworks;
  @Autowired PasswordEncoder passwords;

  private final HttpClient apiClient = HttpClient.newHttpClient();
  private final AtomicInteger targets = new AtomicInteger();
  private final Map<Caller, Person> callers = new EnumMap<>(Caller.class);
  private final Map<Caller, Session> pageSessions = new EnumMap<>(Caller.class);
  private final Map<Caller, Session> apiSessions = new EnumMap<>(Caller.class);
  private String passwordHash;
  private String criterionId;

  /** head → lead → the person (one for reads, one for each write); other → outsider; an admin. */
  @BeforeAll
  void organisation() throws Exception {
    passwordHash = passwords.encode(PASSWORD);
    criterionId =
        frameworks.current().set().find("/engineering/backend").orElseThrow().topics().stream()
            .flatMap(topic -> topic.criteriaAt(2).stream())
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    Person head = add("head@example.com", "Hana Head", null, Role.MEMBER);
    Person lead = add("lead@example.com", "Lee Lead", head.id(), Role.MEMBER);
    Person other = add("other@example.com", "Otto Other", null, Role.MEMBER);
    Person outsider = add("outsider@example.com", "Oona Outsider", other.id(), Role.MEMBER);
    Person admin = add("people@example.com", "Pat People", null, Role.ADMIN);
    callers.put(Caller.MANAGERS_MANAGER, head);
    callers.put(Caller.MANAGER, lead);
    callers.put(Caller.UNRELATED_MANAGER, other);
    callers.put(Caller.PEER, outsider);
    callers.put(Caller.ADMIN, admin);
    java.nio.file.Files.writeString(
        frameworks.directory().resolve("OWNERS"), "/engineering/ lead@example.com\n");
    // The person the reads are about; each write makes its own.
    callers.put(Caller.PERSON, newPerson());
    for (Map.Entry<Caller, Person> caller : callers.entrySet()) {
      pageSessions.put(caller.getKey(), signIn(caller.getValue()));
      apiSessions.put(
          caller.getKey(), new Session(apiClient, null, accounts.newToken(caller.getValue())));
    }
  }

  @AfterAll
  void stopProvider() {
    PROVIDER.close();
  }

  @Test
  void everyRouteTheAppServesHasARowInTheMatrix() {
    Set<String> served = new TreeSet<>();
    Set<String> excluded = new TreeSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
        if (methods.isEmpty()) {
          methods.add("ANY");
        }
        for (String pattern : info.getPatternValues()) {
          String route = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
          (NOT_IN_THE_MATRIX.containsKey(route) ? excluded : served)
              .addAll(methods.stream().map(method -> method + " " + route).toList());
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    MATRIX.forEach(route -> listed.add(route.key()));
    Set<String> missing = new TreeSet<>(served);
    missing.removeAll(listed);
    Set<String> gone = new TreeSet<>(listed);
    gone.removeAll(served);
    gone.removeAll(FILTER_ROUTES.keySet());

    assertThat(missing)
        .as("routes the app serves with no row in AccessMatrixTests.MATRIX saying who may use them")
        .isEmpty();
    assertThat(gone).as("rows for routes the app no longer serves").isEmpty();
    assertThat(excluded)
        .as("every exclusion still names a mapping")
        .extracting(route -> route.substring(route.indexOf(' ') + 1))
        .containsAll(NOT_IN_THE_MATRIX.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void eachCallerGetsWhatTheMatrixSays(Cell cell) throws Exception {
    Route route = cell.route();
    Person person =
        route.body() == null && route.checkInAt() == null
            ? callers.get(Caller.PERSON)
            : newPerson();
    Map<String, String> variables = variables(cell, person);
    Outcome expected = cell.expected();

    HttpResponse<String> response = send(cell, person, variables);

    assertThat(response.statusCode())
        .as("%s, answered: %.500s", cell, response.body())
        .isEqualTo(expected.status());
    if (expected.contentType() != null) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith(expected.contentType());
    }
    if (expected.location() != null) {
      assertThat(response.headers().firstValue("Location").orElse(""))
          .endsWith(fill(expected.location(), variables));
    }
    if (!cell.caller().seesThePerson()) {
      assertThat(response.body())
          .as("what %s gets says nothing about the person", cell.caller())
          .doesNotContain(person.name())
          .doesNotContain(person.email());
    }
    if (expected.status() == 404) {
      String nobody = Long.toString(person.id() + 1_000_000);
      Map<String, String> noSuchPerson = new HashMap<>(variables);
      noSuchPerson.put("id", nobody);
      HttpResponse<String> unknown = send(cell, person, noSuchPerson);
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(withoutId(response.body(), variables.get("id")))
          .as("a person the caller may not see looks exactly like a person who does not exist")
          .isEqualTo(withoutId(unknown.body(), nobody));
    }
  }

  @ParameterizedTest(name = "GET /** (the framework site) as {0} → 200")
  @EnumSource(Caller.class)
  void theFrameworkSiteIsPublicForEveryone(Caller caller) throws Exception {
    Session session = session(caller, callers.get(Caller.PERSON), false);
    HttpResponse<String> page =
        session
            .browser()
            .send(
                HttpRequest.newBuilder(uri("/engineering/backend/levels/2/"))
                    .header("Accept", BROWSER_ACCEPTS)
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Backend");
  }

  private Person add(String email, String name, Long manager, Role role) {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                email,
                name,
                manager,
                role == Role.ADMIN ? null : "/engineering/backend",
                role == Role.ADMIN ? null : 4,
                null,
                role,
                List.of(),
                passwordHash));
    return people.findById(id).orElseThrow();
  }

  /** The person a request is about: new each time, reporting to the lead, at level 2. */
  private Person newPerson() {
    String number = "%04d".formatted(targets.incrementAndGet());
    long id =
        people.insert(
            new PersonRows.NewPerson(
                "tara" + number + "@example.com",
                "Tara Target " + number,
                callers.get(Caller.MANAGER).id(),
                "/engineering/backend",
                2,
                null,
                Role.MEMBER,
                List.of(),
                passwordHash));
    return people.findById(id).orElseThrow();
  }

  private long anotherSessionOf(Person person) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    context
        .getBean(JdbcClient.class)
        .sql(
            "insert into person_session (session_key, person_id, client)"
                + " values (?, ?, 'another browser')")
        .params("matrix-" + targets.incrementAndGet(), person.id())
        .update(key, "id");
    return key.getKey().longValue();
  }

  private Map<String, String> variables(Cell cell, Person person) {
    Map<String, String> variables = new HashMap<>();
    variables.put("id", Long.toString(person.id()));
    variables.put("email", person.email());
    variables.put("level", "3");
    variables.put("criterionId", criterionId);
    variables.put("name", "rungs.css");
    Person caller = cell.caller() == Caller.PERSON ? person : callers.get(cell.caller());
    variables.put("me", caller == null ? "" : Long.toString(caller.id()));
    if (cell.route().pattern().contains("{sessionId}")) {
      // Another session of the caller's, as signing in elsewhere makes.
      variables.put("sessionId", caller == null ? "0" : Long.toString(anotherSessionOf(caller)));
    }
    if (cell.route().pattern().contains("{tokenId}")) {
      // A token of the person the admin pages are about, or of the caller on their own page.
      Person owner = cell.route().pattern().startsWith("/admin/") ? person : caller;
      variables.put(
          "tokenId",
          owner == null
              ? "0"
              : Long.toString(
                  context.getBean(ApiTokens.class).create(owner, "matrix", null, null).id()));
    }
    if (cell.route().pattern().contains("{feedbackId}")) {
      // Open feedback by the person; for the patch, an accepted change that could not be written.
      boolean patch = cell.route().pattern().endsWith("/patch");
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into feedback (framework, kind, body, author_id, status, patch)"
                  + " values ('/engineering/backend', 'COMMENT', 'More examples', ?, ?, ?)")
          .params(person.id(), patch ? "ACCEPTED" : "OPEN", patch ? "--- a/x\n+++ b/x\n" : null)
          .update(key, "id");
      variables.put("feedbackId", Long.toString(key.getKey().longValue()));
    }
    if (cell.route().pattern().contains("pay-reviews")) {
      // Opening a round needs someone paid; {roundId} is a round with the person in it.
      paid(person);
    }
    if (cell.route().pattern().contains("{roundId}")) {
      variables.put("roundId", Long.toString(roundWith(person)));
    }
    CheckInStep state = cell.route().checkInAt();
    if (state != null) {
      CheckInRows checkIns = new CheckInRows(jdbc);
      long checkIn =
          checkIns.start(person.id(), person.framework(), callers.get(Caller.MANAGER).id());
      int version = 0;
      CheckInStep at = CheckInStep.SELF_ASSESSMENT;
      while (at != state) {
        CheckInStep next = CheckInStep.values()[at.ordinal() + 1];
        if (next == CheckInStep.AGREED) {
          checkIns.agree(checkIn, version, callers.get(Caller.MANAGER).id(), null, "", List.of());
        } else {
          checkIns.advance(checkIn, at, next, version);
        }
        version++;
        at = next;
      }
      variables.put("checkInId", Long.toString(checkIn));
      variables.put("version", Integer.toString(version));
    }
    return variables;
  }

  /** Gives {@code person} pay from 2025; a second time is refused and changes nothing. */
  private void paid(Person person) {
    context
        .getBean(org.rungs.app.pay.PayFiles.class)
        .importPay(
            null,
            "email,effective_from,reason,currency,base_salary\n"
                + person.email()
                + ",2025-01-01,hire,GBP,50000\n",
            false);
  }

  /** A pay review round opened by the admin with everyone paid in it, {@code person} too. */
  private long roundWith(Person person) {
    try {
      HttpResponse<String> opened =
          apiClient.send(
              HttpRequest.newBuilder(uri("/api/v1/pay-reviews"))
                  .header("Authorization", "Bearer " + apiSessions.get(Caller.ADMIN).token())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"Matrix\",\"effectiveFrom\":\"2025-06-01\","
                              + "\"budgetPercent\":3}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(opened.body());
      assertThat(id.find()).isTrue();
      return Long.parseLong(id.group(1));
    } catch (java.io.IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private HttpResponse<String> send(Cell cell, Person person, Map<String, String> variables)
      throws Exception {
    Route route = cell.route();
    Session session = session(cell.caller(), person, route.api());
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(fill(route.pattern(), variables)));
    if (session.token() != null) {
      request.header("Authorization", "Bearer " + session.token());
    }
    if (!route.api()) {
      // As a browser asks: what makes Spring Security send a page to sign in rather than a status.
      request.header("Accept", BROWSER_ACCEPTS);
    }
    if (route.body() == null) {
      request.GET();
    } else if (route.body().json() != null) {
      if (session.token() == null) {
        // A browser's session writing to the API: with its CSRF token, so that only the
        // authorisation can refuse it.
        request.header("X-CSRF-TOKEN", session.csrf());
      }
      request
          .header("Content-Type", "application/json")
          .method(
              route.method(),
              HttpRequest.BodyPublishers.ofString(fill(route.body().json(), variables)));
    } else {
      List<String> fields = new ArrayList<>(route.body().fields());
      fields.add("_csrf");
      fields.add(session.csrf());
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .method(route.method(), HttpRequest.BodyPublishers.ofString(formBody(fields, variables)));
    }
    return session.browser().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Session session(Caller caller, Person person, boolean api) throws Exception {
    if (caller == Caller.ANONYMOUS) {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      return new Session(browser, csrfToken(browser), null);
    }
    if (caller == Caller.PERSON && person.id() != callers.get(Caller.PERSON).id()) {
      return api ? new Session(apiClient, null, accounts.newToken(person)) : signIn(person);
    }
    return (api ? apiSessions : pageSessions).get(caller);
  }

  /** Signs in with the form, as a browser does; the session's CSRF token for its next forms. */
  private Session signIn(Person person) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form =
        formBody(
            List.of("username", person.email(), "password", PASSWORD, "_csrf", csrfToken(browser)),
            Map.of());
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse(""))
        .as("%s signs in", person.email())
        .endsWith("/me/start");
    // Signing in changes the session and its CSRF token.
    return new Session(browser, csrfToken(browser), null);
  }

  private String csrfToken(HttpClient browser) throws Exception {
    String login =
        browser
            .send(
                HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = CSRF.matcher(login);
    assertThat(token.find()).as("the sign-in page has a CSRF token").isTrue();
    return token.group(1);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String formBody(List<String> fieldsAndValues, Map<String, String> variables) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < fieldsAndValues.size(); i += 2) {
      pairs.add(
          URLEncoder.encode(fill(fieldsAndValues.get(i), variables), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(
                  fill(fieldsAndValues.get(i + 1), variables), StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  private static String fill(String template, Map<String, String> variables) {
    return VARIABLE
        .matcher(template)
        .replaceAll(
            variable -> {
              String value = variables.get(variable.group(1));
              if (value == null) {
                throw new IllegalArgumentException(
                    "no value for " + variable.group() + " in " + template);
              }
              return Matcher.quoteReplacement(value);
            });
  }

  private static String withoutId(String body, String id) {
    return body.replaceAll("(?<![0-9])" + id + "(?![0-9])", "{id}");
  }
}
