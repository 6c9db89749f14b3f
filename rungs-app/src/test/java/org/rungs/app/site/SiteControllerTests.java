package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The live site over real HTTP, against a folder of frameworks the tests edit. */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteControllerTests {

  private static final Path FOLDER = createFolder();

  private static final String BACKEND =
      """
      ---
      path: "/engineering/backend"
      title: "⚙️ Backend"
      sidebarGroup: "engineering"
      yaml: true
      levels: 2
      homepage: true
      topics:
        - name: "mastery"
          title: "🛠️ Mastery"
          content:
            - level: 1
              criteria:
                - "Writes tests"
            - level: 2
              criteria:
                - "Designs services"
      ---
      Backend body.
      """;

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired SitePages pages;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void frameworks(DynamicPropertyRegistry registry) {
    registry.add("rungs.frameworks.directory", FOLDER::toString);
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("rungs-site-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void freshBackend() throws Exception {
    write("engineering/backend.md", BACKEND);
  }

  private static void write(String name, String text) throws IOException, InterruptedException {
    Path file = FOLDER.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    // Make the change visible to a size-and-time check even within one clock tick, then give the
    // library its check interval.
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.now().plusMillis((long) (Math.random() * 1_000_000))));
    Thread.sleep(150);
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesALevelPageWithCachingHeadersAndAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/engineering/backend/levels/1/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Writes tests").doesNotContain("Designs services");
    assertThat(page.headers().firstValue("ETag")).isPresent();
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
  }

  @Test
  void sendsAPageFromMemoryWithTheHeadersOfEveryResponse() throws Exception {
    get("/engineering/backend/levels/1/"); // rendered, then kept
    HttpResponse<String> cached =
        get("/engineering/backend/levels/1/", "X-Request-Id", "lb-42", "Cookie", "JSESSIONID=x");

    assertThat(cached.statusCode()).isEqualTo(200);
    assertThat(cached.headers().map().keySet())
        .map(name -> name.toLowerCase(java.util.Locale.ROOT))
        .containsExactlyInAnyOrder(
            "x-request-id",
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "etag",
            "cache-control",
            "vary",
            "content-type",
            "content-length",
            "date");
    assertThat(cached.headers().firstValue("X-Request-Id")).hasValue("lb-42");
    assertThat(cached.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(cached.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(cached.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(cached.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(cached.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
  }

  @Test
  void answersNotModifiedWhenThePageHasNotChanged() throws Exception {
    String etag = get("/engineering/backend/levels/1/").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get("/engineering/backend/levels/1/", "If-None-Match", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void redirectsPageAddressesWithoutTheirTrailingSlash() throws Exception {
    HttpResponse<String> response = get("/engineering/backend/levels/1?x=1");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/engineering/backend/levels/1/?x=1");
  }

  @Test
  void showsAnEditedFileOnTheNextPageLoad() throws Exception {
    assertThat(get("/engineering/backend/levels/1/").body()).contains("Writes tests");

    write("engineering/backend.md", BACKEND.replace("Writes tests", "Writes excellent tests"));

    assertThat(get("/engineering/backend/levels/1/").body()).contains("Writes excellent tests");
  }

  @Test
  void keepsTheLastGoodVersionOfABrokenFileAndShowsItsProblem() throws Exception {
    assertThat(get("/engineering/backend/levels/1/").body()).contains("Writes tests");

    write(
        "engineering/backend.md",
        BACKEND.replace("- \"Writes tests\"", "- \"Writes tests\" oops\""));

    HttpResponse<String> page = get("/engineering/backend/levels/1/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Writes tests")
        .contains("engineering/backend.md:14:28")
        .contains("RUNGS001");
    assertThat(get("/health").body())
        .contains("engineering/backend.md:14:28")
        .contains("\"errors\":1");
  }

  @Test
  void showsNewFilesAndForgetsDeletedOnes() throws Exception {
    write(
        "design/design.md",
        BACKEND
            .replace("/engineering/backend", "/design/product")
            .replace("⚙️ Backend", "🎯 Design"));
    assertThat(get("/design/product/levels/2/").statusCode()).isEqualTo(200);
    assertThat(get("/").body()).contains("Design");

    Files.delete(FOLDER.resolve("design/design.md"));
    Thread.sleep(150);

    assertThat(get("/design/product/levels/2/").statusCode()).isEqualTo(404);
  }

  @Test
  void searchesLive() throws Exception {
    HttpResponse<String> results = get("/search/?q=designs");

    assertThat(results.body()).contains("1 criterion matches").contains("levels/2/#mastery-");
  }

  @Test
  void servesAssetsWithLongerCaching() throws Exception {
    HttpResponse<String> css = get("/assets/rungs.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600");
    assertThat(get("/assets/nope.css").statusCode()).isEqualTo(404);
  }

  @Test
  void unknownPagesAre404WithAHelpfulPage() throws Exception {
    HttpResponse<String> missing = get("/engineering/nothing/");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("There is no page at /engineering/nothing/");
  }

  @Test
  void theCompareFormWorksWithoutScript() throws Exception {
    HttpResponse<String> response = get("/engineering/backend/compare/1/2/?from=2&to=1");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/engineering/backend/compare/2/1/");
  }

  @Test
  void keepsOnlyRealPagesInItsCache() throws Exception {
    for (int i = 0; i < 50; i++) {
      assertThat(get("/made-up-" + i + "/").statusCode()).isEqualTo(404);
    }
    get("/engineering/backend/levels/2/");

    assertThat(pages.cachedPaths())
        .noneMatch(path -> path.startsWith("/made-up"))
        .contains("/engineering/backend/levels/2/");
  }
}
