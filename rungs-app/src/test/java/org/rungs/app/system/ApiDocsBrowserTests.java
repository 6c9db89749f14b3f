package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API described as a browsable page: Swagger UI from its WebJar, served by Rungs itself (no
 * other host is reached), titled "Rungs API" with the build's version, public like the description,
 * and under a policy that allows only this server's scripts. Screenshots in {@code
 * target/screenshots/api-docs-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserTests {

  @LocalServerPort int port;
  @Autowired BuildProperties build;

  private Browser browser;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabases::h2);
  }

  @BeforeAll
  void start() throws Exception {
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void swaggerUiShowsTheRungsApiWithoutSigningIn() {
    // Not browser.open, which waits for Rungs' own script: Swagger UI's page has only its own.
    browser.script(
        "window.location.href = arguments[0]", "http://localhost:" + port + "/api/docs/ui");
    browser.until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());

    assertThat(browser.url()).endsWith("/api/docs/swagger-ui/index.html");
    assertThat(browser.find(By.cssSelector(".info .title")).getText())
        .startsWith("Rungs API")
        .contains(build.getVersion());
    assertThat(browser.findAll(By.cssSelector(".opblock-summary-path")))
        .extracting(element -> element.getText().replace("\u200b", ""))
        .contains("/api/v1/people/{id}/check-ins");
    browser.screenshotPage("api-docs-1280");
    browser.resize(new Dimension(390, 844));
    browser.screenshotPage("api-docs-390");
    browser.resize(Browser.DESKTOP);
  }

  @Test
  void swaggerUiRunsOnlyItsOwnScripts() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/docs/swagger-ui/index.html"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeadersFilter.API_DOCS_POLICY);
    assertThat(SecurityHeadersFilter.API_DOCS_POLICY).contains("script-src 'self';");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
  }
}
