package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.rungs.app.RungsApplication;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.CommandRun;
import org.rungs.app.testing.SeedAndExamples;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over a hundred script-injection payloads ({@link XssPayloads}) in a framework file (title, topic
 * titles, criteria, examples, body Markdown) and in every field people type (names, evidence notes
 * and links, assessment notes, a check-in's summary and dispute note, feedback), then every page
 * that shows them opened in Chromium, live and in the static export. Hooks installed before any
 * page script record calls of {@code alert}, {@code confirm}, {@code prompt} and {@code print} and
 * every Content-Security-Policy violation; each page's DOM is searched for event-handler
 * attributes, {@code javascript:} and {@code data:} addresses, inline scripts, frames and objects.
 * Pages are opened twice: as served, and with the CSP switched off in the browser, so that the
 * escaping and sanitising are proven on their own, not only behind the CSP. Zero of all of it.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputBrowserTests {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String HOSTILE = "/engineering/hostile";
  private static final List<String> PAYLOADS = XssPayloads.all();
  private static final Path FOLDER = hostileFolder();

  /** Runs before any script of each page: records what a payload would do if it ran. */
  private static final String HOOKS =
      """
      window.__ran = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print']) {
        const hook = (...args) => { window.__ran.push(name + '(' + args.join(',') + ')'); };
        try { Object.defineProperty(window, name, {value: hook, writable: false}); } catch (e) {}
      }
      document.addEventListener('securitypolicyviolation', e =>
        window.__ran.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI
          + ' ' + (e.sample || '')));
      """;

  /** What in the DOM could run script or send the page elsewhere. */
  private static final String DANGEROUS_DOM =
      """
      const found = [];
      const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data',
        'background', 'poster', 'dynsrc', 'lowsrc', 'srcdoc', 'to', 'values', 'from'];
      for (const el of document.querySelectorAll('*')) {
        for (const attribute of el.attributes) {
          const name = attribute.name.toLowerCase();
          const value = (attribute.value || '').toLowerCase().replace(/[\\s\\u0000-\\u001f]/g, '');
          if (name.startsWith('on')) found.push(el.tagName + ' ' + name + '=' + value);
          if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(value)
              && !(el.tagName === 'IMG' && /^data:image\\/(png|jpeg|gif|webp)/.test(value))) {
            found.push(el.tagName + ' ' + name + '=' + value.slice(0, 80));
          }
          if (name === 'style' && /expression|javascript:|url\\(/.test(value)) {
            found.push(el.tagName + ' style=' + value.slice(0, 80));
          }
        }
        const tag = el.tagName.toUpperCase();
        if (['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'APPLET', 'ISINDEX'].includes(tag)) {
          found.push(tag);
        }
        if (tag === 'SCRIPT' && !(el.src && new URL(el.src).origin === location.origin)) {
          found.push('script not from the site: ' + (el.src || el.textContent.slice(0, 80)));
        }
        if (tag === 'META' && /refresh/i.test(el.getAttribute('http-equiv') || '')) {
          found.push('meta refresh');
        }
      }
      return found;
      """;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired FrameworkLibrary frameworks;
  @Autowired PasswordEncoder passwords;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.shared();
  private final List<String> executions = new ArrayList<>();
  private final List<String> visited = new ArrayList<>();
  private Browser browser;
  private long manager;
  private long target;
  private long checkIn;
  private List<String> criteria;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    String database =
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    registry.add("spring.datasource.url", () -> database);
    registry.add("rungs.frameworks.directory", FOLDER::toString);
  }

  /** The examples, the seed, and a framework written by an attacker who can edit the folder. */
  private static Path hostileFolder() {
    Path folder = SeedAndExamples.folder("rungs-hostile-");
    StringBuilder file = new StringBuilder("---\n");
    file.append("path: \"").append(HOSTILE).append("\"\n");
    file.append("title: ").append(yaml("Hostile " + PAYLOADS.get(0))).append('\n');
    file.append("sidebarTitle: ").append(yaml("Hostile " + PAYLOADS.get(1))).append('\n');
    file.append("sidebarGroup: \"engineering\"\nyaml: true\nlevels: 2\nhomepage: true\ntopics:\n");
    int topics = 3;
    for (int topic = 0; topic < topics; topic++) {
      file.append("  - name: \"hostile").append(topic).append("\"\n");
      file.append("    title: ").append(yaml(PAYLOADS.get(topic + 2))).append('\n');
      file.append("    content:\n      - level: 1\n        criteria:\n");
      for (int i = topic; i < PAYLOADS.size(); i += topics) {
        file.append("          - ")
            .append(yaml("C" + (i + 1) + " " + PAYLOADS.get(i)))
            .append('\n');
      }
      file.append("      - level: 2\n        criteria:\n");
      file.append("          - ")
          .append(yaml("Next " + PAYLOADS.get(PAYLOADS.size() - 1 - topic)))
          .append('\n');
      file.append("        exampleCriteria:\n          - criteria: ")
          .append(yaml("Example " + PAYLOADS.get(topic)))
          .append("\n            examples:\n");
      for (int i = topic; i < PAYLOADS.size(); i += topics) {
        file.append("              - ").append(yaml("E" + (i + 1) + " " + PAYLOADS.get(i)));
        file.append('\n');
      }
    }
    file.append("---\n\n# The hostile framework\n\n");
    PAYLOADS.forEach(payload -> file.append(payload).append("\n\n"));
    file.append(XssPayloads.MARKDOWN_BLOCKS);
    try {
      Files.writeString(
          folder.resolve("engineering/hostile.md"), file.toString(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("OWNERS"), "/engineering/ manager@example.com\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return folder;
  }

  private static String yaml(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @BeforeAll
  void hostileOrganisation() throws Exception {
    assertThat(PAYLOADS).as("payloads").hasSizeGreaterThanOrEqualTo(100);
    Framework hostile = frameworks.current().set().find(HOSTILE).orElseThrow();
    criteria =
        hostile.topics().stream()
            .flatMap(topic -> topic.criteriaAt(1).stream())
            .map(Criterion::id)
            .map(id -> id.value())
            .toList();
    assertThat(criteria).as("the hostile framework's criteria").hasSize(PAYLOADS.size());

    PersonRows people = new PersonRows(jdbc);
    String hash = passwords.encode(PASSWORD);
    manager = add(people, "manager@example.com", "M " + PAYLOADS.get(0), null, Role.MEMBER, hash);
    add(people, "admin@example.com", "A " + PAYLOADS.get(1), null, Role.ADMIN, hash);
    // One report a payload as their name; the first is the person whose pages are opened.
    for (int i = 0; i < PAYLOADS.size(); i++) {
      long id = add(people, "p" + i + "@example.com", PAYLOADS.get(i), manager, Role.MEMBER, hash);
      if (i == 0) {
        target = id;
      }
    }
    String person = accounts.newToken(people.findById(target).orElseThrow());
    String lead = accounts.newToken(people.findById(manager).orElseThrow());
    String base = "/api/v1/people/" + target;

    for (int i = 0; i < PAYLOADS.size(); i++) {
      String criterion = criteria.get(i);
      String payload = PAYLOADS.get(i);
      expect(201, "POST", base + "/evidence", person, evidence(payload, criterion));
      expect(
          200,
          "PUT",
          base + "/assessments/" + criterion,
          person,
          json.writeValueAsString(
              Map.of("view", "self", "status", "demonstrated", "note", payload, "version", 0)));
      expect(
          201,
          "POST",
          "/api/v1/feedback",
          person,
          json.writeValueAsString(
              Map.of(
                  "framework",
                  HOSTILE,
                  "criterionId",
                  criterion,
                  "kind",
                  "comment",
                  "text",
                  payload)));
    }
    // Links that the API refuses today, stored as an older Rungs or another tool might have.
    for (String link :
        List.of(
            "javascript:alert(2001)",
            "data:text/html,<script>alert(2002)</script>",
            "https://example.com/\"><script>alert(2003)</script>",
            "https://example.com/' onmouseover='alert(2004)",
            " javascript:alert(2005)",
            "JaVaScRiPt:alert(2006)")) {
      jdbc.sql("insert into evidence (person_id, note, link, happened_on) values (?, ?, ?, ?)")
          .params(target, "Stored link", link, LocalDate.now())
          .update();
    }

    expect(201, "POST", base + "/check-ins", person, "");
    checkIn =
        json.readTree(send("GET", base + "/check-ins", person, null).body())
            .get(0)
            .get("id")
            .asLong();
    String at = base + "/check-ins/" + checkIn;
    expect(200, "POST", at + "/step", person, "{\"version\":" + version(base, person) + "}");
    expect(200, "POST", at + "/step", lead, "{\"version\":" + version(base, person) + "}");
    expect(
        200,
        "POST",
        at + "/agreement",
        lead,
        json.writeValueAsString(
            Map.of(
                "statuses",
                Map.of(criteria.get(0), "demonstrated"),
                "targetLevel",
                2,
                "focus",
                criteria.subList(0, 3),
                "summary",
                joined(0, 4000),
                "version",
                version(base, person))));
    expect(
        200,
        "POST",
        at + "/confirmation",
        person,
        json.writeValueAsString(
            Map.of(
                "confirmed", false, "note", joined(40, 2000), "version", version(base, person))));

    browser = Browser.start(Path.of("target", "screenshots"));
    browser.devTools("Page.enable", Map.of());
    browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The control: a payload that does reach the DOM is seen, by the hooks and by the search. */
  @Test
  void theHooksAndTheSearchSeeAPayloadThatReachesThePage() {
    browser.devTools("Page.setBypassCSP", Map.of("enabled", true));
    try {
      browser.open("http://localhost:" + port + HOSTILE + "/levels/1/");
      browser.script(
          "document.body.insertAdjacentHTML('beforeend',"
              + " '<img src=x onerror=\"alert(4242)\"><a href=\"javascript:alert(1)\">x</a>')");
      browser.until(d -> ((List<?>) browser.script("return window.__ran")).contains("alert(4242)"));
      assertThat((List<?>) browser.script(DANGEROUS_DOM))
          .anyMatch(found -> found.toString().startsWith("IMG onerror="))
          .anyMatch(found -> found.toString().startsWith("A href=javascript:"));
    } finally {
      browser.devTools("Page.setBypassCSP", Map.of("enabled", false));
    }
  }

  /** Each way takes about a minute on a busy machine, so they are two tests. */
  @ParameterizedTest(name = "with the CSP switched off in the browser: {0}")
  @ValueSource(booleans = {false, true})
  void noPayloadRunsOnAnyPageThatShowsWhatPeopleAndFrameworksWrote(boolean cspOff) {
    executions.clear();
    visited.clear();
    browser.devTools("Page.setBypassCSP", Map.of("enabled", cspOff));
    String how = cspOff ? " (CSP off)" : "";
    signIn("manager@example.com");
    String person = "/people/" + target;
    List<String> pages =
        new ArrayList<>(
            List.of(
                HOSTILE + "/",
                HOSTILE + "/levels/1/",
                HOSTILE + "/levels/2/",
                HOSTILE + "/compare/1/2/",
                HOSTILE + "/matrix/",
                "/search/?q=" + URLEncoder.encode(PAYLOADS.get(0), StandardCharsets.UTF_8),
                "/search/?q=alert",
                person + "/",
                person + "/assess/1/",
                person + "/assess/2/",
                person + "/evidence/",
                person + "/check-ins/",
                person + "/check-ins/" + checkIn + "/",
                person + "/history/",
                person + "/promotion/2/",
                "/team/",
                "/team/calibration/?framework=" + HOSTILE + "&level=1",
                "/me/inbox/",
                "/feedback/framework/?path=" + HOSTILE,
                "/feedback/queue/",
                "/feedback/health/"));
    criteria.subList(0, 3).forEach(id -> pages.add("/feedback/criteria/" + id + "/"));
    for (String page : pages) {
      visit("http://localhost:" + port + page, page + how);
    }
    signIn("admin@example.com");
    for (String page :
        List.of(
            "/admin/people/",
            "/admin/people/" + target + "/",
            "/admin/people/" + target + "/tokens/",
            "/admin/privacy/",
            "/org/",
            person + "/")) {
      visit("http://localhost:" + port + page, page + " as admin" + how);
    }
    browser.devTools("Page.setBypassCSP", Map.of("enabled", false));

    assertThat(visited).hasSizeGreaterThan(25);
    assertThat(executions).as("payloads that ran or reached the DOM").isEmpty();
  }

  @Test
  void noPayloadRunsInTheStaticExport() throws Exception {
    executions.clear();
    Path out = Files.createTempDirectory("rungs-hostile-export-");
    CommandRun build = CommandRun.of("build", FOLDER.toString(), "--out", out.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> serve(out, exchange));
    server.start();
    try {
      String site = "http://localhost:" + server.getAddress().getPort();
      for (boolean cspOff : List.of(false, true)) {
        browser.devTools("Page.setBypassCSP", Map.of("enabled", cspOff));
        for (String page :
            List.of(
                "/",
                HOSTILE + "/",
                HOSTILE + "/levels/1/",
                HOSTILE + "/levels/2/",
                HOSTILE + "/compare/1/2/",
                HOSTILE + "/matrix/",
                "/search/?q=alert",
                "/search/?q=" + URLEncoder.encode(PAYLOADS.get(0), StandardCharsets.UTF_8))) {
          visit(site + page, "export " + page + (cspOff ? " (CSP off)" : ""));
        }
      }
    } finally {
      browser.devTools("Page.setBypassCSP", Map.of("enabled", false));
      server.stop(0);
      Browser.deleteRecursively(out);
    }
    assertThat(executions).as("payloads that ran or reached the DOM in the export").isEmpty();
  }

  // ---- The browser ----

  private void visit(String url, String name) {
    browser.open(url);
    // Give anything that fires on load or on a failed image (onerror) a moment to do so.
    browser.until(d -> "complete".equals(browser.script("return document.readyState")));
    browser.script("return new Promise(resolve => setTimeout(resolve, 150))");
    visited.add(name);
    Object ran = browser.script("return window.__ran || ['the hooks were not installed']");
    ((List<?>) ran).forEach(call -> executions.add(name + ": " + call));
    ((List<?>) browser.script(DANGEROUS_DOM))
        .forEach(found -> executions.add(name + ": in the DOM: " + found));
    String text = (String) browser.script("return document.body.innerText");
    assertThat(text).as("%s shows the page, not an error", name).doesNotContain("Not found");
    if (name.contains("levels/1/") && !name.contains("CSP off")) {
      // Shown as text or sanitised away, but the criteria around them are all there.
      assertThat(text)
          .as("the hostile criteria are on the page")
          .containsPattern("\\bC1\\b")
          .containsPattern("\\bC" + PAYLOADS.size() + "\\b");
      browser.screenshotPage("hostile-" + (name.startsWith("export") ? "export-" : "") + "level-1");
    }
  }

  private void signIn(String email) {
    browser.devTools("Network.clearBrowserCookies", Map.of());
    browser.open("http://localhost:" + port + "/login");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(PASSWORD);
    browser.click(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    browser.waitForUrl(".*/(me/inbox/|people/\\d+/|)$");
  }

  private static void serve(Path root, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Path file = root.resolve(path.substring(1)).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    String name = file.getFileName().toString();
    String type =
        name.endsWith(".html")
            ? "text/html; charset=utf-8"
            : name.endsWith(".css")
                ? "text/css"
                : name.endsWith(".js")
                    ? "text/javascript"
                    : name.endsWith(".json")
                        ? "application/json"
                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  // ---- Writing through the API ----

  private static long add(
      PersonRows people, String email, String name, Long manager, Role role, String hash) {
    return people.insert(
        new PersonRows.NewPerson(
            email,
            name.length() > 200 ? name.substring(0, 200) : name,
            manager,
            role == Role.ADMIN ? null : HOSTILE,
            role == Role.ADMIN ? null : 1,
            null,
            role,
            List.of(),
            hash));
  }

  /** Payloads from {@code from} on, one a line, as many as fit in {@code limit} characters. */
  private static String joined(int from, int limit) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < PAYLOADS.size(); i++) {
      if (text.length() + PAYLOADS.get(i).length() + 1 > limit) {
        break;
      }
      text.append(PAYLOADS.get(i)).append('\n');
    }
    return text.toString();
  }

  private String evidence(String payload, String criterion) {
    return json.writeValueAsString(Map.of("note", payload, "criterionIds", List.of(criterion)));
  }

  private int version(String base, String token) throws Exception {
    return json.readTree(send("GET", base + "/check-ins", token, null).body())
        .get(0)
        .get("version")
        .asInt();
  }

  private void expect(int status, String method, String path, String token, String body)
      throws Exception {
    HttpResponse<String> response = send(method, path, token, body);
    assertThat(response.statusCode())
        .as("%s %s: %s", method, path, response.body())
        .isEqualTo(status);
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
