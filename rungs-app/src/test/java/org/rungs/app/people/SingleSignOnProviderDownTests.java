package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.OidcTestProvider;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rungs with single sign-on configured starts and serves while its provider cannot be reached, and
 * a sign-in then says so on the sign-in page rather than failing with a server error.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnProviderDownTests {

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
    // A provider that was there once and is gone: its port answers nothing.
    OidcTestProvider gone = OidcTestProvider.start();
    gone.configure(registry);
    gone.close();
  }

  @LocalServerPort int port;

  @Test
  void startsAndSaysThatTheProviderCannotBeReached() throws Exception {
    HttpBrowser browser = new HttpBrowser(port);

    assertThat(browser.get("/login").body()).contains("Sign in with Test IdP");
    HttpResponse<String> refused = browser.signInWithSso();

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.body()).contains("Rungs cannot reach Test IdP just now");
  }

  @Test
  void anotherProviderNameIsNotFound() throws Exception {
    assertThat(new HttpBrowser(port).get("/oauth2/authorization/other").statusCode())
        .isEqualTo(404);
  }
}
