package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts and sessions over real HTTP (issue 9, findings 1 and 3 to 6): authorisation follows the
 * database on every request, sessions end when a password or role changes and can be ended by their
 * owner, one-time passwords must be replaced, tokens expire and are revoked, failed sign-ins are
 * throttled, and the session cookie is SameSite.
 */
abstract class AccountSecurityContract {

  static final String PASSWORD = "correct horse battery staple";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final AtomicInteger NUMBER = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired PeopleImporter importer;
  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  // ---- 1. Authorisation follows the database ----

  @Test
  void anAdminDemotedByImportLosesAdminRightsInTheSessionTheyAlreadyHave() throws Exception {
    Person admin = person(Role.ADMIN);
    Person victim = person(Role.MEMBER);
    Visitor session = signIn(admin);
    assertThat(session.get("/admin/people/").statusCode()).isEqualTo(200);

    String csv =
        "email,name,manager_email,framework,level,level_since,role\n"
            + admin.email()
            + ","
            + admin.name()
            + ",,/engineering/backend,2,2024-01-09,member\n";
    assertThat(importer.importCsv(csv.getBytes(StandardCharsets.UTF_8), false, null).written())
        .isTrue();

    String victimHash = people.passwordHash(victim.email()).orElseThrow();
    HttpResponse<String> page = session.get("/admin/people/");
    HttpResponse<String> reset = session.post("/admin/people/" + victim.id() + "/password");

    assertThat(page.statusCode()).as("the session ended with the change of role").isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(reset.statusCode()).isEqualTo(403);
    assertThat(people.passwordHash(victim.email())).contains(victimHash);
  }

  @Test
  void aRoleChangedInTheDatabaseAppliesToTheNextRequestOfASession() throws Exception {
    Person admin = person(Role.ADMIN);
    Person victim = person(Role.MEMBER);
    Visitor session = signIn(admin);
    assertThat(session.get("/admin/people/").statusCode()).isEqualTo(200);

    // Changed under the application's feet (SQL, another instance): no session was ended.
    jdbc.sql("update person set role = 'MEMBER' where id = ?").param(admin.id()).update();

    assertThat(session.get("/admin/people/").statusCode()).isEqualTo(403);
    assertThat(session.post("/admin/people/" + victim.id() + "/password").statusCode())
        .isEqualTo(403);
    assertThat(session.get("/me/account").statusCode())
        .as("still signed in, as a member")
        .isEqualTo(200);
  }

  @Test
  void aTokenFollowsTheRoleInTheDatabase() throws Exception {
    Person admin = person(Role.ADMIN);
    Person member = person(Role.MEMBER);
    String token = accounts.newToken(admin);
    assertThat(api("/api/v1/people", token).body()).contains(member.email());

    jdbc.sql("update person set role = 'MEMBER' where id = ?").param(admin.id()).update();

    assertThat(api("/api/v1/people", token).body()).doesNotContain(member.email());
  }

  // ---- 3. Sessions end when they must, and their owner can end them ----

  @Test
  void aPasswordResetEndsEverySessionOfThePerson() throws Exception {
    Person member = person(Role.MEMBER);
    Visitor laptop = signIn(member);
    Visitor phone = signIn(member);

    accounts.addOrReset(member.email(), member.name(), member.role());

    assertThat(laptop.get("/me/account").statusCode()).isEqualTo(302);
    assertThat(phone.get("/me/account").statusCode()).isEqualTo(302);
  }

  @Test
  void aPersonSeesTheirSessionsAndEndsOneOrAllOthers() throws Exception {
    Person member = person(Role.MEMBER);
    Visitor laptop = signIn(member);
    Visitor phone = signIn(member);
    Visitor tablet = signIn(member);

    HttpResponse<String> page = laptop.get("/me/account");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("This session").contains("Java-http-client");
    List<String> ends = all(Pattern.compile("sessions/(\\d+)/end"), page.body());
    assertThat(ends).hasSize(2);

    assertThat(laptop.post("/me/sessions/" + ends.get(0) + "/end").statusCode()).isEqualTo(303);
    int stillIn =
        (phone.get("/me/account").statusCode() == 200 ? 1 : 0)
            + (tablet.get("/me/account").statusCode() == 200 ? 1 : 0);
    assertThat(stillIn).as("one of the other two was ended").isEqualTo(1);

    assertThat(laptop.post("/me/sessions/end-others").statusCode()).isEqualTo(303);
    assertThat(phone.get("/me/account").statusCode()).isEqualTo(302);
    assertThat(tablet.get("/me/account").statusCode()).isEqualTo(302);
    assertThat(laptop.get("/me/account").statusCode()).isEqualTo(200);
  }

  @Test
  void nobodyEndsAnotherPersonsSession() throws Exception {
    Person owner = person(Role.MEMBER);
    Visitor ownerSession = signIn(owner);
    long ownersId =
        jdbc.sql("select max(id) from person_session where person_id = ?")
            .param(owner.id())
            .query(Long.class)
            .single();

    Visitor other = signIn(person(Role.MEMBER));

    assertThat(other.post("/me/sessions/" + ownersId + "/end").statusCode()).isEqualTo(404);
    assertThat(ownerSession.get("/me/account").statusCode()).isEqualTo(200);
  }

  // ---- 4. One-time passwords are replaced; everyone can change theirs ----

  @Test
  void aOneTimePasswordMustBeReplacedAtFirstSignInAndThenNoLongerWorks() throws Exception {
    Person member = person(Role.MEMBER);
    String oneTime = accounts.addOrReset(member.email(), null, Role.MEMBER).oneTimePassword();
    String token = accounts.newToken(member);

    Visitor visitor = new Visitor();
    HttpResponse<String> signedIn = visitor.signIn(member.email(), oneTime);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/me/password");
    HttpResponse<String> elsewhere = visitor.get("/people/" + member.id() + "/");
    assertThat(elsewhere.statusCode()).isEqualTo(303);
    assertThat(elsewhere.headers().firstValue("Location").orElse("")).endsWith("/me/password");
    assertThat(visitor.get("/api/v1/people").statusCode()).isEqualTo(403);
    assertThat(api("/api/v1/people", token).statusCode())
        .as("API tokens are not held up")
        .isEqualTo(200);
    assertThat(visitor.get("/me/password").body()).contains("one-time password");

    HttpResponse<String> changed =
        visitor.post(
            "/me/password",
            "current",
            oneTime,
            "password",
            "my own long passphrase",
            "repeat",
            "my own long passphrase");

    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(visitor.get("/people/" + member.id() + "/").statusCode()).isEqualTo(200);
    assertThat(new Visitor().signIn(member.email(), oneTime).headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    assertThat(
            new Visitor()
                .signIn(member.email(), "my own long passphrase")
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/me/start"));
  }

  @Test
  void changingAPasswordNeedsTheCurrentOneAndAPasswordThePolicyAccepts() throws Exception {
    Person member = person(Role.MEMBER);
    Visitor visitor = signIn(member);
    Visitor otherDevice = signIn(member);

    HttpResponse<String> wrongCurrent =
        visitor.post(
            "/me/password",
            "current",
            "not it at all",
            "password",
            "x" + PASSWORD,
            "repeat",
            "x" + PASSWORD);
    HttpResponse<String> common =
        visitor.post(
            "/me/password",
            "current",
            PASSWORD,
            "password",
            "password1234",
            "repeat",
            "password1234");
    HttpResponse<String> ownEmail =
        visitor.post(
            "/me/password",
            "current",
            PASSWORD,
            "password",
            member.email(),
            "repeat",
            member.email());

    assertThat(wrongCurrent.statusCode()).isEqualTo(400);
    assertThat(wrongCurrent.body()).contains("current password is not right");
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("most common");
    assertThat(ownEmail.statusCode()).isEqualTo(400);
    assertThat(ownEmail.body()).contains("email address or your name");

    HttpResponse<String> changed =
        visitor.post(
            "/me/password",
            "current",
            PASSWORD,
            "password",
            "a perfectly good passphrase",
            "repeat",
            "a perfectly good passphrase");
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(otherDevice.get("/me/account").statusCode())
        .as("the other sessions end with the change")
        .isEqualTo(302);
    assertThat(changed.headers().firstValue("Location").orElse(""))
        .endsWith("/me/account?password-changed");
    assertThat(visitor.get("/me/account?password-changed").body())
        .contains("Your password is changed");
  }

  // ---- 5. Tokens are listed, named, expire and are revoked ----

  @Test
  void expiredAndRevokedTokensAreRefusedWith401() throws Exception {
    Person member = person(Role.MEMBER);
    ApiTokens.NewToken kept = tokens.create(member, "report script", null, null);
    ApiTokens.NewToken revoked = tokens.create(member, "old laptop", null, null);
    ApiTokens.NewToken expiring =
        tokens.create(member, "short-lived", Instant.now().plusSeconds(3600), null);
    jdbc.sql("update api_token set expires_at = ? where id = ?")
        .params(java.time.OffsetDateTime.now().minusMinutes(1), expiring.id())
        .update();

    assertThat(api("/api/v1/people", revoked.secret()).statusCode()).isEqualTo(200);
    assertThat(tokens.revoke(member.id(), revoked.id(), member.id())).isTrue();

    assertThat(api("/api/v1/people", kept.secret()).statusCode()).isEqualTo(200);
    assertThat(api("/api/v1/people", revoked.secret()).statusCode()).isEqualTo(401);
    assertThat(api("/api/v1/people", expiring.secret()).statusCode()).isEqualTo(401);
    assertThat(tokens.of(member.id()))
        .extracting(ApiTokens.Token::name)
        .containsExactlyInAnyOrder("report script", "old laptop", "short-lived");
  }

  @Test
  void aPersonMakesListsAndRevokesTheirTokensOnTheAccountPage() throws Exception {
    Person member = person(Role.MEMBER);
    Visitor visitor = signIn(member);

    HttpResponse<String> made = visitor.post("/me/tokens", "name", "nightly export", "days", "30");
    assertThat(made.statusCode()).isEqualTo(200);
    Matcher secret =
        Pattern.compile("<code class=\"api-token\">([^<]+)</code>").matcher(made.body());
    assertThat(secret.find()).isTrue();
    assertThat(api("/api/v1/people", secret.group(1)).statusCode()).isEqualTo(200);
    assertThat(visitor.get("/me/account").body())
        .contains("nightly export")
        .doesNotContain(secret.group(1));

    List<String> revoke =
        all(Pattern.compile("tokens/(\\d+)/revoke"), visitor.get("/me/account").body());
    assertThat(revoke).hasSize(1);
    assertThat(visitor.post("/me/tokens/" + revoke.get(0) + "/revoke").statusCode()).isEqualTo(303);

    assertThat(api("/api/v1/people", secret.group(1)).statusCode()).isEqualTo(401);
    Visitor other = signIn(person(Role.MEMBER));
    ApiTokens.NewToken someoneElses = tokens.create(member, null, null, null);
    assertThat(other.post("/me/tokens/" + someoneElses.id() + "/revoke").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAdminListsAndRevokesAnyonesTokens() throws Exception {
    Person member = person(Role.MEMBER);
    ApiTokens.NewToken token = tokens.create(member, "lost laptop", null, null);
    Visitor admin = signIn(person(Role.ADMIN));

    HttpResponse<String> page = admin.get("/admin/people/" + member.id() + "/tokens/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("lost laptop").doesNotContain(token.secret());

    HttpResponse<String> revoked =
        admin.post("/admin/people/" + member.id() + "/tokens/" + token.id() + "/revoke");

    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(api("/api/v1/people", token.secret()).statusCode()).isEqualTo(401);
  }

  // ---- 2. Failed sign-ins are throttled ----

  @Test
  void failedSignInsToOneAccountAreAnswered429WithRetryAfter() throws Exception {
    Person member = person(Role.MEMBER);
    for (int attempt = 0; attempt < 5; attempt++) {
      HttpResponse<String> wrong = new Visitor().signIn(member.email(), "wrong guess " + attempt);
      assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    HttpResponse<String> throttled = new Visitor().signIn(member.email(), PASSWORD);

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.body()).contains("Too many failed sign-ins: try again in");
    assertThat(throttled.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    assertThat(new Visitor().signIn(person(Role.MEMBER).email(), PASSWORD).statusCode())
        .as("other accounts can still sign in")
        .isEqualTo(302);
  }

  // ---- 6. The session cookie ----

  @Test
  void theSessionCookieIsSameSiteLaxAndForwardedHeadersAreIgnoredUnlessConfigured()
      throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertThat(cookie).startsWith("rungs-session=").contains("HttpOnly").contains("SameSite=Lax");
    assertThat(cookie).as("not Secure over plain HTTP").doesNotContain("Secure");
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  // ---- Steps ----

  private Person person(Role role) {
    int number = NUMBER.incrementAndGet();
    long id =
        people.insert(
            new PersonRepository.NewPerson(
                "people" + number + "@example.com",
                "Person Number" + number,
                null,
                "/engineering/backend",
                2,
                null,
                role,
                List.of(),
                passwords.encode(PASSWORD)));
    return people.findById(id).orElseThrow();
  }

  private Visitor signIn(Person person) throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> signedIn = visitor.signIn(person.email(), PASSWORD);
    assertThat(signedIn.headers().firstValue("Location").orElse(""))
        .as("%s signs in", person.email())
        .endsWith("/me/start");
    return visitor;
  }

  private HttpResponse<String> api(String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** A browser: its cookies, and the CSRF token of its session. */
  // ---- 4. A one-time password is shown once, and is never stored where a dump would find it ----

  private static final Pattern ISSUED =
      Pattern.compile("<code class=\"one-time-password\">([^<]+)</code>");

  @Test
  void anIssuedPasswordIsShownOnceAfterTheRedirectAndNeverStoredReadableInTheSession()
      throws Exception {
    Person admin = person(Role.ADMIN);
    Person member = person(Role.MEMBER);
    Visitor session = signIn(admin);

    HttpResponse<String> issued = session.post("/admin/people/" + member.id() + "/password");
    assertThat(issued.statusCode()).isEqualTo(303);
    assertThat(issued.headers().allValues("Set-Cookie"))
        .as("the key travels in a short-lived cookie for the people page only")
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("rungs-issued=")
                    .contains("Path=/admin/people", "HttpOnly", "SameSite=Strict"));

    // Between the two requests the session row holds the password sealed, not readable.
    List<byte[]> held =
        jdbc.sql("select attribute_bytes from spring_session_attributes")
            .query((rs, row) -> rs.getBytes(1))
            .list();
    HttpResponse<String> shown = session.get("/admin/people/");
    Matcher password = ISSUED.matcher(shown.body());
    assertThat(password.find()).as("the page shows the password once").isTrue();
    assertThat(
            passwords.matches(password.group(1), people.passwordHash(member.email()).orElseThrow()))
        .isTrue();
    byte[] plain = password.group(1).getBytes(StandardCharsets.UTF_8);
    assertThat(held).noneMatch(bytes -> contains(bytes, plain));

    assertThat(ISSUED.matcher(session.get("/admin/people/").body()).find())
        .as("a reload shows nothing")
        .isFalse();
  }

  @Test
  void anIssuedPasswordIsNotShownToARequestWithoutItsKey() throws Exception {
    Person admin = person(Role.ADMIN);
    Person member = person(Role.MEMBER);
    Visitor session = signIn(admin);

    assertThat(session.post("/admin/people/" + member.id() + "/password").statusCode())
        .isEqualTo(303);
    session.forget("rungs-issued");

    assertThat(ISSUED.matcher(session.get("/admin/people/").body()).find()).isFalse();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private final class Visitor {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    /** Forgets the cookie of that name, as another browser sharing the session would lack it. */
    void forget(String cookie) {
      cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(cookie))
          .toList()
          .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    private String csrf;

    /** Signs in with the form; later forms post the CSRF token of the session it began. */
    HttpResponse<String> signIn(String email, String password) throws Exception {
      HttpResponse<String> response =
          send("POST", "/login", csrf(), "username", email, "password", password);
      csrf = csrf();
      return response;
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String... fields) throws Exception {
      return send("POST", path, csrf == null ? csrf() : csrf, fields);
    }

    private String csrf() throws Exception {
      Matcher token = CSRF.matcher(get("/login").body());
      assertThat(token.find()).isTrue();
      return token.group(1);
    }

    private HttpResponse<String> send(String method, String path, String csrf, String... fields)
        throws Exception {
      List<String> pairs = new ArrayList<>();
      pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
      for (int i = 0; i < fields.length; i += 2) {
        pairs.add(
            URLEncoder.encode(fields[i], StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
      }
      return http.send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Accept", "text/html")
              .method(method, HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
