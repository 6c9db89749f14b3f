package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end in Chromium, against a real OpenID provider started inside the test
 * (Spring Authorization Server, {@link SpringAuthorizationServer}), with Rungs on PostgreSQL: the
 * person clicks "Sign in with", types their password at the provider, and lands on their own page
 * in Rungs; someone the provider knows but Rungs does not is told so. Screenshots: {@code
 * target/screenshots/sso-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnBrowserTests {

  private static final Dimension PHONE = new Dimension(390, 844);
  private static final SpringAuthorizationServer provider = new SpringAuthorizationServer();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    String url = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestDatabases::user);
    registry.add("rungs.sso.issuer-uri", provider::issuer);
    registry.add("rungs.sso.client-id", () -> SpringAuthorizationServer.CLIENT_ID);
    registry.add("rungs.sso.client-secret", () -> SpringAuthorizationServer.CLIENT_SECRET);
    registry.add("rungs.sso.name", () -> "Example Workspace");
  }

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired JdbcClient jdbc;

  private Browser browser;
  private long ada;

  @BeforeAll
  void startProvider() {
    provider.start("http://127.0.0.1:" + port + "/login/oauth2/code/sso");
    ada =
        people.insert(
            new PersonRepository.NewPerson(
                SpringAuthorizationServer.VERIFIED,
                "Ada Lovelace",
                null,
                null,
                null,
                null,
                Role.MEMBER,
                List.of(),
                null));
  }

  @AfterAll
  void stopProvider() {
    provider.close();
  }

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @org.junit.jupiter.api.AfterEach
  void stopBrowser() {
    browser.close();
  }

  @Test
  void aPersonSignsInAtTheProviderAndLandsOnTheirOwnPage() {
    browser.open("http://127.0.0.1:" + port + "/login");
    browser.screenshotPage("sso-login");
    browser.resize(PHONE);
    browser.screenshotPage("sso-login-phone");
    browser.resize(Browser.DESKTOP);

    signInAtTheProvider(SpringAuthorizationServer.VERIFIED);

    browser.waitForUrl("http://127\\.0\\.0\\.1:" + port + "/(people/" + ada + "/|me/inbox/)");
    browser.screenshotPage("sso-signed-in");
    assertThat(browser.find(By.tagName("main")).getText()).contains("Ada Lovelace");
    assertThat(
            jdbc.sql("select sign_in_method from person_session where person_id = ?")
                .param(ada)
                .query(String.class)
                .list())
        .containsExactly("sso");
  }

  @Test
  void someoneTheProviderKnowsButRungsDoesNotIsToldSo() {
    browser.open("http://127.0.0.1:" + port + "/login");

    signInAtTheProvider(SpringAuthorizationServer.STRANGER);

    browser.waitForUrl("http://127\\.0\\.0\\.1:" + port + "/login\\?refused=.*");
    browser.screenshotPage("sso-refused-unknown");
    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .contains("Nobody with your email address is in Rungs");
  }

  private void signInAtTheProvider(String email) {
    browser.click(browser.find(By.id("sign-in-sso")));
    browser.waitForUrl("http://localhost:\\d+/login.*");
    browser.screenshotPage("sso-provider");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(SpringAuthorizationServer.PASSWORD);
    browser.click(browser.find(By.cssSelector("button[type=submit]")));
  }
}
