package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pages sent from memory are timed once each, in the series Spring's own request observation used
 * for them before the fast path timed them itself: same name, same tags, same buckets.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "rungs.metrics.token=" + CachedPageTimingsTests.SCRAPE_TOKEN)
class CachedPageTimingsTests {

  static final String SCRAPE_TOKEN = "scrape-fedcba9876543210";
  private static final String PAGE = "/engineering/backend/levels/2/";
  private static final String TAGS =
      "error=\"none\",exception=\"none\",method=\"%s\",outcome=\"%s\","
          + "status=\"%s\",uri=\"%s\"";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void cachedPagesAreCountedOnceInTheRequestTimerWithItsBuckets() throws Exception {
    HttpResponse<String> first = get(PAGE, null); // rendered by the controller, then kept
    String etag = first.headers().firstValue("ETag").orElseThrow();
    get(PAGE, null);
    get(PAGE, null);
    assertThat(get(PAGE, etag).statusCode()).isEqualTo(304);

    String metrics = get("/metrics", null, "Authorization", "Bearer " + SCRAPE_TOKEN).body();

    String ok = TAGS.formatted("GET", "SUCCESS", "200", "UNKNOWN");
    String notModified = TAGS.formatted("GET", "REDIRECTION", "304", "REDIRECTION");
    assertThat(count(metrics, ok)).as("two requests from memory, each counted once").isEqualTo(2);
    assertThat(count(metrics, notModified)).isEqualTo(1);
    assertThat(metrics)
        .contains("http_server_requests_seconds_bucket{" + ok + ",le=\"0.005\"}")
        .contains("http_server_requests_seconds_max{" + ok + "}");
  }

  private static double count(String metrics, String tags) {
    Matcher count =
        Pattern.compile(
                "^http_server_requests_seconds_count\\{" + Pattern.quote(tags) + "\\} (\\S+)$",
                Pattern.MULTILINE)
            .matcher(metrics);
    assertThat(count.find()).as("a count for {%s} in%n%s", tags, metrics).isTrue();
    return Double.parseDouble(count.group(1));
  }

  private HttpResponse<String> get(String path, String etag, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
