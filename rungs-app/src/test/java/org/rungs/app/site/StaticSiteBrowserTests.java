package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rungs.app.testing.Axe;
import org.rungs.app.testing.Browser;
import org.rungs.framework.Frameworks;

/**
 * The static export as someone would host it: copied under a sub-path of a plain static file
 * server, with no Rungs behind it. Its pages, assets and search must all work from there, through
 * relative links alone, and nothing may reach outside the sub-path.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticSiteBrowserTests {

  /** Where the export is hosted: a sub-path, as on a team's pages under a shared host. */
  private static final String BASE = "/progression/";

  private static final String BACKEND = BASE + "engineering/backend/";

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml");

  @TempDir static Path export;

  private static HttpServer server;
  private static Browser browser;

  /** Every request the server saw, as "status path", in order. */
  private static final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void exportServeAndStartBrowser() throws IOException {
    new StaticSite(new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true))
        .write(export);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", StaticSiteBrowserTests::serve);
    server.start();
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.stop(0);
      }
    }
  }

  @BeforeEach
  void forgetEarlierRequests() {
    requests.clear();
  }

  /** Whatever a test did, the browser only asked for files of the export, under the sub-path. */
  @AfterEach
  void everyRequestWasForAFileUnderTheSubPath() {
    assertThat(requests).isNotEmpty();
    assertThat(requests)
        .as("requests the static server answered")
        .allSatisfy(
            request -> {
              assertThat(request).startsWith("200 ");
              assertThat(request.substring(4)).startsWith(BASE);
            });
  }

  @Test
  @Order(1)
  void sidebarLeadsToBackendLevelThreeStyledWithItsAssets() {
    open(BASE);
    browser.screenshotPage("static-01-home");
    assertThat(browser.find(By.cssSelector("main h1")).getText()).isNotBlank();

    browser.click(browser.find(By.xpath("//nav[@id='sidebar']//a[contains(., 'Backend')]")));
    browser.waitForUrl(".*" + BACKEND + "$");
    browser.click(browser.find(By.cssSelector("nav.level-picker a[aria-label='Level 3']")));
    browser.waitForUrl(".*" + BACKEND + "levels/3/$");
    browser.screenshotPage("static-02-backend-level-3");

    assertThat(browser.url()).endsWith(BACKEND + "levels/3/");
    assertThat(browser.find(By.cssSelector("nav.level-picker a[aria-current='page']")).getText())
        .isEqualTo("3");
    // The stylesheet applied: cards have the rounded corners and the calm background of rungs.css.
    WebElement card = browser.find(By.cssSelector("section.card"));
    assertThat(card.getCssValue("border-top-left-radius")).isNotIn("0px", "");
    assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
        .isEqualTo("rgb(245, 246, 248)");
    // Each asset link of the page resolves, under the sub-path, to the file of the export.
    for (String selector :
        List.of("link[rel='stylesheet']", "link[rel='icon']", "script[src$='rungs.js']")) {
      WebElement link = browser.find(By.cssSelector(selector));
      String url = link.getDomProperty(selector.startsWith("script") ? "src" : "href");
      assertThat(url).as(selector).contains(BASE + "assets/");
      assertThat(
              browser.script(
                  "return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get("
                      + "'content-type'))",
                  url))
          .as("fetching %s", url)
          .asString()
          .startsWith("200 ");
    }
    assertThat(requests)
        .contains("200 " + BASE + "assets/rungs.css", "200 " + BASE + "assets/rungs.js");
  }

  @Test
  @Order(2)
  void searchRunsInTheBrowserFromTheIndexAndLeadsToTheCriterion() {
    open(BACKEND + "levels/1/");
    WebElement box = browser.visible(By.id("search-box"));
    box.sendKeys("on-call", Keys.ENTER);
    browser.waitForUrl(".*" + BASE + "search/\\?q=on-call$");

    // The page came with no results: rungs.js fills them from search-index.json.
    List<WebElement> results =
        browser.until(
            driver -> {
              List<WebElement> found = driver.findElements(By.cssSelector("ol.results li.result"));
              return found.isEmpty() ? null : found;
            });
    browser.screenshotPage("static-03-search");
    assertThat(requests).contains("200 " + BASE + "search-index.json");
    assertThat(browser.find(By.cssSelector("#search-results p.summary")).getText())
        .contains("“on-call”");
    assertThat(browser.find(By.id("search-page-box")).getDomProperty("value")).isEqualTo("on-call");

    WebElement first = results.get(0).findElement(By.tagName("a"));
    assertThat(first.getText()).containsIgnoringCase("on-call");
    assertThat(first.getDomProperty("href"))
        .endsWith(BACKEND + "levels/3/#backend-owns-oncall")
        .startsWith("http://127.0.0.1:" + server.getAddress().getPort() + BASE);

    browser.click(first);
    browser.waitForUrl(".*" + BACKEND + "levels/3/#backend-owns-oncall$");
    browser.screenshotWindow("static-04-search-result");

    WebElement criterion = browser.find(By.id("backend-owns-oncall"));
    assertThat(criterion.getText()).contains("on-call rota");
    assertThat(browser.script("return document.querySelector(':target')?.id"))
        .isEqualTo("backend-owns-oncall");
  }

  @Test
  @Order(3)
  void searchGroupsResultsByFrameworkMarksTheWordsAndOffersTheWordMeant() {
    open(BASE + "search/?q=code+review");
    List<WebElement> groups =
        browser.until(
            driver -> {
              List<WebElement> found = driver.findElements(By.cssSelector("section.result-group"));
              return found.isEmpty() ? null : found;
            });
    browser.screenshotPage("static-05-search-grouped");
    // As the live search: one group per framework, headed with its name and count.
    assertThat(groups.get(0).findElement(By.cssSelector("h2.result-framework")).getText())
        .matches(".+ \\(\\d+\\)");
    List<String> marked =
        browser.findAll(By.cssSelector("li.result a mark")).stream()
            .map(WebElement::getText)
            .map(text -> text.toLowerCase(Locale.ROOT))
            .toList();
    assertThat(marked)
        .isNotEmpty()
        .allMatch(word -> word.startsWith("code") || word.startsWith("review"));
    // Marks hold text only: the criterion's words are never read as HTML.
    assertThat(browser.script("return document.querySelectorAll('li.result a mark *').length"))
        .isEqualTo(0L);
    assertThat(Axe.violations(browser)).isEmpty();

    open(BASE + "search/?q=reveiw");
    WebElement meant = browser.visible(By.cssSelector("#search-results p.did-you-mean a"));
    assertThat(browser.find(By.cssSelector("#search-results p.summary")).getText())
        .startsWith("0 criteria match");
    assertThat(meant.getText()).isEqualTo("review");
    browser.screenshotPage("static-06-search-did-you-mean");
    browser.click(meant);
    browser.waitForUrl(".*" + BASE + "search/\\?q=review$");
    List<WebElement> marks =
        browser.until(
            driver -> {
              List<WebElement> found = driver.findElements(By.cssSelector("li.result mark"));
              return found.isEmpty() ? null : found;
            });
    assertThat(marks.get(0).getText()).startsWithIgnoringCase("review");
  }

  private static void open(String path) {
    browser.open("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** A plain static file server for the export, mounted at {@link #BASE}. */
  private static void serve(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      Path file = fileFor(path);
      if (file != null && Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          // As static hosts do: a folder's address ends in "/", or its relative links break.
          requests.add("301 " + path);
          exchange.getResponseHeaders().set("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!"GET".equals(exchange.getRequestMethod())
          || file == null
          || !Files.isRegularFile(file)) {
        requests.add("404 " + path);
        byte[] body = "Not found".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(404, body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      requests.add("200 " + path);
      String name = file.getFileName().toString();
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange
          .getResponseHeaders()
          .set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  /** The file or folder of the export at a URL path, or null outside {@link #BASE}. */
  private static Path fileFor(String path) {
    if (!path.startsWith(BASE) || path.contains("..") || path.contains("\\")) {
      return null;
    }
    Path root = export.toAbsolutePath().normalize();
    Path file = root.resolve(path.substring(BASE.length())).normalize();
    return file.startsWith(root) ? file : null;
  }
}
