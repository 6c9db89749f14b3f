package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.OidcTestProvider;
import org.rungs.app.testing.OidcTestProvider.IdToken;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code rungs.sign-in.passwords=false} single sign-on is the only way in: the sign-in page
 * shows only its button, a password sign-in is refused even with the right password, and the
 * password pages are gone. API tokens still work: they are not passwords.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordsOffTests {

  private static final OidcTestProvider provider = OidcTestProvider.start();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
    registry.add("rungs.sign-in.passwords", () -> "false");
    provider.configure(registry);
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  @Test
  void theSignInPageShowsOnlyTheSingleSignOnButton() throws Exception {
    HttpResponse<String> login = new HttpBrowser(port).get("/login");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body())
        .contains("Sign in with Test IdP")
        .doesNotContain("name=\"password\"")
        .doesNotContain("Or with your Rungs password");
  }

  @Test
  void theRightPasswordIsRefusedAndStartsNoSession() throws Exception {
    Person person = SingleSignOnTests.person(people, passwords, "off.password", Role.MEMBER);
    HttpBrowser browser = new HttpBrowser(port);
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    // A CSRF token of a real session, so that it is the switch that refuses, not CSRF.
    String csrf = HttpBrowser.csrf(browser.signInWithSso().body());

    HttpResponse<String> refused =
        browser.post(
            "/login",
            "username="
                + encode(person.email())
                + "&password="
                + encode(SingleSignOnTests.PASSWORD)
                + "&_csrf="
                + encode(csrf));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Signing in with a password is switched off here");
    assertThat(
            jdbc.sql("select sign_in_method from person_session where person_id = ?")
                .param(person.id())
                .query(String.class)
                .list())
        .containsExactly("sso");
  }

  @Test
  void thePasswordPagesAreGoneForPeopleAndAdmins() throws Exception {
    Person admin = SingleSignOnTests.person(people, passwords, "off.admin", Role.ADMIN);
    HttpBrowser browser = new HttpBrowser(port);
    provider.nextSignIn(admin.email(), true, IdToken.GOOD);
    HttpResponse<String> landed = browser.signInWithSso();
    assertThat(landed.statusCode()).isEqualTo(200);
    String csrf = HttpBrowser.csrf(landed.body());

    assertThat(browser.get("/me/password").statusCode()).isEqualTo(404);
    assertThat(browser.post("/me/password", "_csrf=" + encode(csrf)).statusCode()).isEqualTo(404);
    assertThat(browser.get("/admin/people/" + admin.id() + "/password").statusCode())
        .isEqualTo(404);
    assertThat(
            browser
                .post("/admin/people/" + admin.id() + "/password", "_csrf=" + encode(csrf))
                .statusCode())
        .isEqualTo(404);
    assertThat(browser.get("/me/account").body())
        .contains("Where you are signed in")
        .doesNotContain("Change your password");
    assertThat(browser.get("/admin/people/").body())
        .contains(admin.name())
        .doesNotContain(">New password<");
  }

  @Test
  void apiTokensStillWork() throws Exception {
    Person person = SingleSignOnTests.person(people, passwords, "off.token", Role.MEMBER);

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/people"))
                    .header("Authorization", "Bearer " + accounts.newToken(person))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains(person.email());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
