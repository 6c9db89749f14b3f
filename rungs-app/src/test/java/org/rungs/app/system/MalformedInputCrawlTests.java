package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rungs.app.RungsApplication;
import org.rungs.app.checkins.CheckInRows;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.ApiTokens;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.TestDatabases;
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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the app maps (found in the handler mappings, as {@link AccessMatrixTests} finds
 * them), called over real HTTP with what a fuzzer or an attacker sends: malformed ids in every path
 * variable, malformed paths, and broken bodies (JSON that does not parse or has the wrong types,
 * huge bodies, wrong content types, broken multipart, broken CSV), as an admin (who gets past every
 * authorisation to the handlers) and anonymously. None may answer with a server error, and no
 * answer may show a stack trace, a Java class or package name, or SQL.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputCrawlTests {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

  /** Ids and other path values no route should choke on; already encoded for a URL path. */
  private static final List<String> MALFORMED_VALUES =
      List.of(
          "-1",
          "0",
          "99999999999999999999999999",
          "9223372036854775807",
          "-9223372036854775808",
          "1e9",
          "%00",
          "1%00",
          "..%2F..%2Fetc%2Fpasswd",
          "..",
          "%2e%2e",
          "%C3%A9%E2%80%AE%F0%9F%98%80",
          "%FF%FE",
          "'%20or%201=1--",
          "%3Cscript%3E",
          "x".repeat(4000));

  /** What goes after a real address: traversal, NULs, path parameters, broken escapes. */
  private static final List<String> MALFORMED_SUFFIXES =
      List.of("%00", "/../../../../etc/passwd", ";jsessionid=x", "/%ff", "%2F..%2F", "//", "/%");

  /** Each text below, when found in an answer, means the server told the caller about itself. */
  private static final Map<String, Pattern> LEAKS =
      Map.of(
          "a stack trace",
          Pattern.compile("\\sat [a-z]+\\.[\\w.$]+\\(|\\tat "),
          "an exception's name",
          Pattern.compile("[A-Z]\\w*(Exception|Error)\\b(?!\\s*page)"),
          "a Java package",
          Pattern.compile(
              "\\b(org\\.rungs|org\\.springframework|org\\.apache|org\\.h2|org\\.postgresql"
                  + "|java\\.(lang|io|util|sql)|jakarta\\.|tools\\.jackson|com\\.fasterxml)\\b"),
          "SQL",
          Pattern.compile(
              "(?i)\\b(select\\s+[\\w*,.\\s]+\\s+from\\s+\\w+|insert\\s+into\\s+\\w+"
                  + "|update\\s+\\w+\\s+set\\s|delete\\s+from\\s+\\w+|SQLState|SQL statement"
                  + "|syntax error at|violates .* constraint)"));

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired FrameworkLibrary frameworks;
  @Autowired PasswordEncoder passwords;

  private final Map<String, String> valid = new HashMap<>();
  private HttpClient adminBrowser;
  private String adminCsrf;
  private String adminToken;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  /** An admin; a manager and their report with a check-in, a token and a piece of feedback. */
  @BeforeAll
  void organisation() throws Exception {
    PersonRows people = new PersonRows(jdbc);
    String hash = passwords.encode(PASSWORD);
    long admin =
        people.insert(
            new PersonRows.NewPerson(
                "crawl.admin@example.com",
                "Cara Crawl",
                null,
                null,
                null,
                null,
                Role.ADMIN,
                List.of(),
                hash));
    long lead =
        people.insert(
            new PersonRows.NewPerson(
                "crawl.lead@example.com",
                "Lou Lead",
                null,
                "/engineering/backend",
                4,
                null,
                Role.MEMBER,
                List.of(),
                hash));
    long member =
        people.insert(
            new PersonRows.NewPerson(
                "crawl.member@example.com",
                "Mel Member",
                lead,
                "/engineering/backend",
                2,
                null,
                Role.MEMBER,
                List.of(),
                hash));
    Person target = people.findById(member).orElseThrow();
    String criterion =
        frameworks.current().set().find("/engineering/backend").orElseThrow().topics().stream()
            .flatMap(topic -> topic.criteriaAt(2).stream())
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    long checkIn = new CheckInRows(jdbc).start(member, "/engineering/backend", lead);
    GeneratedKeyHolder feedback = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into feedback (framework, kind, body, author_id, status)"
                + " values ('/engineering/backend', 'COMMENT', 'More examples', ?, 'OPEN')")
        .params(member)
        .update(feedback, "id");
    valid.put("id", Long.toString(member));
    valid.put("email", target.email());
    valid.put("level", "3");
    valid.put("criterionId", criterion);
    valid.put("checkInId", Long.toString(checkIn));
    valid.put("version", "0");
    valid.put("feedbackId", Long.toString(feedback.getKey().longValue()));
    valid.put(
        "tokenId",
        Long.toString(context.getBean(ApiTokens.class).create(target, "crawl", null, null).id()));
    valid.put("sessionId", "1");
    valid.put("name", "rungs.css");
    valid.put("me", Long.toString(admin));

    adminToken = accounts.newToken(people.findById(admin).orElseThrow());
    adminBrowser = browser();
    adminCsrf = csrfToken(adminBrowser);
    HttpResponse<String> signedIn =
        adminBrowser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=crawl.admin%40example.com&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + adminCsrf))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/me/start");
    adminCsrf = csrfToken(adminBrowser);
  }

  @ParameterizedTest(name = "malformed ids and paths as {0}: no 500, nothing about the server")
  @ValueSource(strings = {"an admin", "anonymous"})
  void malformedIdsAndPathsGetNoServerErrorAndGiveNothingAway(String caller) throws Exception {
    Crawl crawl = new Crawl(caller.equals("an admin"));
    for (Mapping mapping : mappings()) {
      List<String> variables = variablesOf(mapping.pattern());
      Set<String> paths = new LinkedHashSet<>();
      for (String malformed : MALFORMED_VALUES) {
        // Each variable malformed on its own (so the others lead as deep as they can), then all.
        for (String variable : variables) {
          Map<String, String> values = new HashMap<>(valid);
          values.put(variable, malformed);
          paths.add(fill(mapping.pattern(), values));
        }
        if (variables.size() > 1) {
          paths.add(fill(mapping.pattern(), Map.of(), malformed));
        }
      }
      if (mapping.method().equals("GET")) {
        String path = fill(mapping.pattern(), valid);
        MALFORMED_SUFFIXES.forEach(suffix -> paths.add(path + suffix));
      }
      for (String path : paths) {
        crawl.send(mapping.method(), path, null, null);
      }
    }
    crawl.assertClean();
  }

  /** Split by kind of body, so that each test stays around a minute on a busy machine. */
  @ParameterizedTest(name = "malformed {1} bodies as {0}: no 500, nothing about the server")
  @CsvSource({"an admin, JSON", "an admin, form", "anonymous, JSON", "anonymous, form"})
  void malformedBodiesGetNoServerErrorAndGiveNothingAway(String caller, String kind)
      throws Exception {
    Crawl crawl = new Crawl(caller.equals("an admin"));
    boolean json = kind.equals("JSON");
    Set<String> hugeSentTo = new TreeSet<>();
    for (Mapping mapping : mappings()) {
      if (mapping.method().equals("GET")) {
        continue;
      }
      String path = fill(mapping.pattern(), valid);
      // Megabytes to every route would take minutes; the limits are per parser, so each
      // controller gets them once, at its first write route.
      boolean huge = hugeSentTo.add(mapping.controller());
      if (json) {
        for (Map.Entry<String, String> body : jsonBodies(huge).entrySet()) {
          crawl.send(mapping.method(), path, body.getValue(), "application/json");
        }
        for (Map.Entry<String, String> type : WRONG_TYPES.entrySet()) {
          crawl.send(mapping.method(), path, type.getValue(), type.getKey());
        }
      } else {
        for (Map.Entry<String, String> body : formBodies(mapping, huge).entrySet()) {
          crawl.send(mapping.method(), path, body.getValue(), "application/x-www-form-urlencoded");
        }
        for (String multipart : multipartBodies(huge)) {
          crawl.send(mapping.method(), path, multipart, "multipart/form-data; boundary=crawl");
        }
      }
    }
    crawl.assertClean();
  }

  // ---- The bodies ----

  /** Content types a route does not take, or spelled wrongly, each with a body. */
  private static final Map<String, String> WRONG_TYPES =
      Map.of(
          "text/plain", "{\"note\":\"x\"}",
          "application/xml",
              "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
          "application/json; charset=no-such-charset", "{\"note\":\"x\"}",
          "text/csv", "email,name\n=cmd|' /C calc'!A0,\"unterminated\n",
          "multipart/form-data", "no boundary at all",
          "application/x-www-form-urlencoded; charset=no-such-charset", "a=b",
          "not a content type", "x",
          "application/octet-stream", "\u0000\u0001\u0002\uFFFD");

  private static Map<String, String> jsonBodies(boolean huge) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("empty", "");
    bodies.put("unterminated", "{\"note\":");
    bodies.put("a bare string", "\"x\"");
    bodies.put("null", "null");
    bodies.put("an array", "[1,2,3]");
    bodies.put(
        "wrong types",
        "{\"version\":\"abc\",\"level\":\"x\",\"note\":{},\"criterionIds\":\"x\","
            + "\"statuses\":[1],\"focus\":7,\"targetLevel\":[],\"confirmed\":\"maybe\","
            + "\"view\":12,\"status\":false,\"name\":[],\"email\":{},\"summary\":1,"
            + "\"framework\":true,\"kind\":\"nonsense\",\"text\":null,\"reason\":[]}");
    bodies.put(
        "out of range numbers",
        "{\"version\":99999999999999999999999,\"level\":-2147483649,\"targetLevel\":1e400,"
            + "\"happenedOn\":\"2024-13-45\",\"id\":-1}");
    bodies.put("a NUL escape", "{\"note\":\"a\\u0000b\",\"name\":\"\\ud800\"}");
    bodies.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
    if (huge) {
      bodies.put("a huge note", "{\"note\":\"" + "n".repeat(3_000_000) + "\"}");
    }
    bodies.put("duplicate keys", "{\"version\":0,\"version\":1,\"level\":2,\"level\":3}");
    return bodies;
  }

  /** The route's own form fields with wrong values; no fields; duplicates; a huge field. */
  private static Map<String, String> formBodies(Mapping mapping, boolean huge) {
    Set<String> fields = new TreeSet<>(List.of("version", "action", "checkIn", "csv", "text"));
    AccessMatrixTests.MATRIX.stream()
        .filter(route -> route.key().equals(mapping.method() + " " + mapping.pattern()))
        .filter(route -> route.body() != null)
        .forEach(
            route -> {
              List<String> pairs = route.body().fields();
              for (int i = 0; i < pairs.size(); i += 2) {
                fields.add(pairs.get(i).replaceAll("\\{\\w+}", "x"));
              }
            });
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("nothing", "");
    for (String value :
        List.of(
            "-1",
            "99999999999999999999999",
            "x",
            "%00",
            "%FF%FE",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%22unterminated%2C%3Dcmd%7C%27+%2FC+calc%27%21A0%0A%0D%00")) {
      List<String> pairs = new ArrayList<>();
      fields.forEach(field -> pairs.add(field + "=" + value));
      fields.forEach(field -> pairs.add(field + "=" + value + "2"));
      bodies.put(value, String.join("&", pairs));
    }
    bodies.put("a broken escape", "version=%&action=%G1&csv=%");
    if (huge) {
      bodies.put("a huge field", "csv=" + "a%2C".repeat(1_000_000));
    }
    return bodies;
  }

  private static List<String> multipartBodies(boolean huge) {
    String part =
        "--crawl\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n";
    List<String> bodies =
        new ArrayList<>(
            List.of(
                part + "Content-Type: text/csv\r\n\r\nemail,name\n\"unterminated,=1+2\n",
                part + "Content-Type: text/csv\r\n\r\n\u0000\u00FF\u00FE\r\n--crawl--\r\n",
                part + "Content-Type: text/csv\r\n\r\n" + "a,".repeat(50_000) + "\r\n--crawl--\r\n",
                "--crawl\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--crawl--\r\n",
                "--other\r\n\r\n\r\n"));
    if (huge) {
      bodies.add(part + "\r\n" + "x".repeat(3_000_000) + "\r\n--crawl--\r\n");
    }
    return bodies;
  }

  // ---- The crawl ----

  /** One caller's requests and what went wrong with them. */
  private final class Crawl {
    private final boolean admin;
    private final HttpClient anonymous = browser();
    private final String anonymousCsrf;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    Crawl(boolean admin) throws Exception {
      this.admin = admin;
      this.anonymousCsrf = admin ? null : csrfToken(anonymous);
    }

    void send(String method, String path, String body, String contentType) throws Exception {
      HttpRequest.Builder request;
      try {
        request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
      } catch (IllegalArgumentException notAUri) {
        // Only what a client library refuses to send; raw sockets are BadAddressTests' business.
        return;
      }
      boolean api = path.startsWith("/api/");
      if (admin && api) {
        request.header("Authorization", "Bearer " + adminToken);
      }
      // A page form's CSRF token goes in a header, so the broken body still reaches the handler.
      request.header("X-CSRF-TOKEN", admin ? adminCsrf : anonymousCsrf);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      request.method(
          "ANY".equals(method) ? "GET" : method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
      HttpResponse<String> response;
      try {
        response =
            (admin && !api ? adminBrowser : anonymous)
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException closed) {
        // The server may refuse to read a huge body and close the connection: not a 500.
        return;
      }
      sent++;
      String what =
          method
              + " "
              + abbreviate(path)
              + (contentType == null ? "" : " [" + contentType + "]")
              + (body == null ? "" : " body " + abbreviate(body));
      if (response.statusCode() >= 500) {
        failures.add(what + " → " + response.statusCode() + ": " + abbreviate(response.body()));
      }
      for (Map.Entry<String, Pattern> leak : LEAKS.entrySet()) {
        Matcher found = leak.getValue().matcher(response.body());
        if (found.find()) {
          failures.add(
              what
                  + " → "
                  + response.statusCode()
                  + " shows "
                  + leak.getKey()
                  + ": "
                  + abbreviate(found.group()));
        }
      }
    }

    void assertClean() {
      assertThat(sent).as("requests answered").isGreaterThan(500);
      assertThat(failures)
          .as("of %d malformed requests, those that failed the server or told about it", sent)
          .isEmpty();
    }
  }

  /** A route as a handler mapping has it: one method, one pattern, and whose it is. */
  record Mapping(String method, String pattern, String controller) {}

  private List<Mapping> mappings() {
    Set<Mapping> mappings = new LinkedHashSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
          mapping.getHandlerMethods().entrySet()) {
        RequestMappingInfo info = handler.getKey();
        String controller = handler.getValue().getBeanType().getName();
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
        if (methods.isEmpty()) {
          methods.add("GET");
          methods.add("POST");
        }
        for (String pattern : info.getPatternValues()) {
          String route = pattern.replace("/**", "/engineering/backend/levels/{level}/");
          methods.forEach(method -> mappings.add(new Mapping(method, route, controller)));
        }
      }
    }
    assertThat(mappings).as("routes found in the handler mappings").hasSizeGreaterThan(60);
    return List.copyOf(mappings);
  }

  private static List<String> variablesOf(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher variable = VARIABLE.matcher(pattern);
    while (variable.find()) {
      names.add(variable.group(1));
    }
    return names;
  }

  private String fill(String pattern, Map<String, String> values) {
    return fill(pattern, values, null);
  }

  private String fill(String pattern, Map<String, String> values, String everywhere) {
    return VARIABLE
        .matcher(pattern)
        .replaceAll(
            variable ->
                Matcher.quoteReplacement(
                    everywhere != null
                        ? everywhere
                        : values.getOrDefault(variable.group(1), valid.getOrDefault("id", "1"))));
  }

  private HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
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

  private static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= 160 ? line : line.substring(0, 160) + "…";
  }
}
