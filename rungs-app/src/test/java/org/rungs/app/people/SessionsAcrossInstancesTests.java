package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of Rungs on one PostgreSQL database, with a browser's requests alternating between
 * them as a load balancer would send them: sessions (and their CSRF tokens) live in the database,
 * so a sign-in, an action, a sign-out and a restart are seen by every instance.
 */
class SessionsAcrossInstancesTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static final String PASSWORD = "correct horse battery staple";

  private final String database = TestDatabases.postgres();
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  private ConfigurableApplicationContext one;
  private ConfigurableApplicationContext two;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(RungsApplication.class)
        .logStartupInfo(false)
        .run(
            "--spring.datasource.url=" + database,
            "--spring.datasource.username=" + TestDatabases.user(),
            "--server.port=0",
            "--server.address=127.0.0.1");
  }

  @AfterEach
  void stop() {
    for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {one, two}) {
      if (app != null) {
        app.close();
      }
    }
  }

  @Test
  void signInOnOneActOnTheOtherSignOutOnOneRefusedOnTheOther() throws Exception {
    one = start();
    two = start();
    person(one);

    assertThat(signIn(one).statusCode()).isEqualTo(302);
    assertThat(cookieNames()).containsExactly("rungs-session");

    HttpResponse<String> account = get(two, "/me/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("Ines Instance");
    assertThat(post(two, "/me/sessions/end-others", "").statusCode())
        .as("a POST without the session's CSRF token")
        .isEqualTo(403);
    assertThat(
            post(two, "/me/sessions/end-others", "_csrf=" + encode(csrf(account.body())))
                .statusCode())
        .as("the CSRF token that instance two gave, in the session both share")
        .isEqualTo(303);
    String tokenFromOne = csrf(get(one, "/me/account").body());

    assertThat(post(one, "/logout", "_csrf=" + encode(tokenFromOne)).statusCode()).isEqualTo(302);

    HttpResponse<String> after = get(two, "/me/account");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void aRestartInTheMiddleOfASessionKeepsIt() throws Exception {
    one = start();
    person(one);
    assertThat(signIn(one).statusCode()).isEqualTo(302);
    assertThat(get(one, "/me/account").statusCode()).isEqualTo(200);

    one.close();
    one = start();

    HttpResponse<String> account = get(one, "/me/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("Ines Instance");
  }

  private static void person(ConfigurableApplicationContext app) {
    app.getBean(PersonRepository.class)
        .insert(
            new PersonRepository.NewPerson(
                "ines@example.com",
                "Ines Instance",
                null,
                null,
                null,
                null,
                Role.MEMBER,
                List.of(),
                app.getBean(PasswordEncoder.class).encode(PASSWORD)));
  }

  private HttpResponse<String> signIn(ConfigurableApplicationContext app) throws Exception {
    String token = csrf(get(app, "/login").body());
    return post(
        app,
        "/login",
        "username=ines%40example.com&password=" + encode(PASSWORD) + "&_csrf=" + encode(token));
  }

  private List<String> cookieNames() {
    return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
  }

  private HttpResponse<String> get(ConfigurableApplicationContext app, String path)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(app, path)).header("Accept", BROWSER).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(ConfigurableApplicationContext app, String path, String form)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(app, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ConfigurableApplicationContext app, String path) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("the page has a CSRF token").isTrue();
    return token.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
