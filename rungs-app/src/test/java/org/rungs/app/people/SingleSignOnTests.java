package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
 * Single sign-on over real HTTP, with Rungs' real OpenID Connect configuration against a provider
 * the test controls ({@link OidcTestProvider}), so that it can hand Rungs crafted ID tokens: a
 * browser (an HTTP client keeping cookies and following redirects) starts at Rungs' "Sign in with"
 * link, is signed in at the provider and comes back. Only a good token for a verified email of an
 * active person signs in; everything else ends on the sign-in page saying why, with no session.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTests {

  static final String PASSWORD = "a passphrase that passwords-off refuses";

  private static final OidcTestProvider provider = OidcTestProvider.start();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
    provider.configure(registry);
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  private HttpBrowser browser;

  @BeforeEach
  void newBrowser() {
    browser = browser();
  }

  @Test
  void aVerifiedEmailOfSomeoneInRungsSignsInWithTheSameSessionAsAPassword() throws Exception {
    Person person = person("sso.good");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);

    HttpResponse<String> landed = browser.signInWithSso();

    assertThat(landed.statusCode()).as(landed.uri() + " " + landed.headers().map()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isIn("/people/" + person.id() + "/", "/me/inbox/");
    HttpResponse<String> account = browser.get("/me/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains(person.name()).contains("single sign-on</span>");
    assertThat(sessionMethods(person)).containsExactly("sso");
    assertThat(
            jdbc.sql(
                    "select after_value from audit_event where entity = 'person' and entity_id = ?"
                        + " and action = 'signed-in'")
                .param(Long.toString(person.id()))
                .query(String.class)
                .list())
        .containsExactly("single sign-on " + provider.issuer());
    Map<String, String> request = last(provider.authorizationRequests);
    assertThat(request)
        .containsEntry("client_id", OidcTestProvider.CLIENT_ID)
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256")
        .containsKeys("state", "nonce", "code_challenge");
    assertThat(request.get("scope").split(" ")).contains("openid", "email");
  }

  @Test
  void signInsAndRefusalsAreCounted() throws Exception {
    Person person = person("sso.counted");
    double before = signIns("success");
    double refusedBefore = signIns("failure");
    double tokenRefusedBefore = refusals("oauth2authentication");

    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    browser.signInWithSso();
    provider.nextSignIn(person.email(), true, IdToken.EXPIRED);
    browser().signInWithSso();

    assertThat(signIns("success")).isEqualTo(before + 1);
    assertThat(signIns("failure")).isEqualTo(refusedBefore + 1);
    assertThat(refusals("oauth2authentication")).isEqualTo(tokenRefusedBefore + 1);
  }

  private double refusals(String reason) {
    return meters
        .find("rungs.sign.ins")
        .tags("outcome", "failure", "reason", reason)
        .counters()
        .stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count)
        .sum();
  }

  private double signIns(String outcome) {
    return meters.find("rungs.sign.ins").tag("outcome", outcome).counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count)
        .sum();
  }

  @Test
  void theSessionGetsANewIdAtSignIn() throws Exception {
    Person person = person("sso.fixation");
    browser.get("/login");
    String before = browser.cookie("rungs-session");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);

    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);

    assertThat(before).isNotEmpty();
    assertThat(browser.cookie("rungs-session")).isNotEmpty().isNotEqualTo(before);
  }

  @Test
  void theSignInPageOffersTheProviderUnderTheStrictPolicy() throws Exception {
    HttpResponse<String> login = browser.get("/login");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body())
        .contains("Sign in with Test IdP")
        .contains("oauth2/authorization/sso")
        .contains("name=\"password\"");
    String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void anEmailTheProviderHasNotVerifiedIsRefused() throws Exception {
    Person person = person("sso.unverified");

    for (Boolean verified : new Boolean[] {false, null}) {
      provider.nextSignIn(person.email(), verified, IdToken.GOOD);
      HttpResponse<String> refused = browser().signInWithSso();

      assertThat(refused.statusCode()).as("email_verified: %s", verified).isEqualTo(403);
      assertThat(refused.body()).contains("Test IdP has not verified the email address");
    }
    assertThat(sessionMethods(person)).isEmpty();
  }

  @Test
  void anEmailNobodyHasInRungsIsRefusedAndNobodyIsCreated() throws Exception {
    String email = "sso.stranger." + UUID.randomUUID() + "@example.com";
    provider.nextSignIn(email, true, IdToken.GOOD);

    HttpResponse<String> refused = browser.signInWithSso();

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.body()).contains("Nobody with your email address is in Rungs");
    assertThat(people.findByEmail(email)).isEmpty();
    assertThat(browser.get("/me/account").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void aDeactivatedPersonIsRefused() throws Exception {
    Person person = person("sso.deactivated");
    deactivate(person);
    provider.nextSignIn(person.email(), true, IdToken.GOOD);

    HttpResponse<String> refused = browser.signInWithSso();

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Your Rungs account is deactivated");
    assertThat(sessionMethods(person)).isEmpty();
  }

  @Test
  void deactivationEndsASingleSignOnSessionAtItsNextRequest() throws Exception {
    Person person = person("sso.leaver");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);

    deactivate(person);

    HttpResponse<String> after = browser.get("/me/account");
    assertThat(after.uri().getPath()).isEqualTo("/login");
  }

  @Test
  void aOneTimePasswordDoesNotHoldUpSomeoneWhoSignedInWithSso() throws Exception {
    Person person = person("sso.new");
    jdbc.sql("update person set password_must_change = true where id = ?")
        .param(person.id())
        .update();
    provider.nextSignIn(person.email(), true, IdToken.GOOD);

    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);
    HttpResponse<String> account = browser.get("/me/account");

    assertThat(account.uri().getPath()).isEqualTo("/me/account");
    assertThat(account.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = IdToken.class, names = "GOOD", mode = EnumSource.Mode.EXCLUDE)
  void anIdTokenThatIsNotToBeBelievedSignsNobodyIn(IdToken token) throws Exception {
    Person person = person("sso." + token.name().toLowerCase());
    provider.nextSignIn(person.email(), true, token);

    HttpResponse<String> refused = browser.signInWithSso();

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    assertThat(refused.uri().toString()).endsWith("/login?refused=failed");
    assertThat(refused.body()).contains("Signing in with Test IdP did not work");
    assertThat(sessionMethods(person)).isEmpty();
    assertThat(sessionMethods(people.findByEmail("people@example.com").orElse(null))).isEmpty();
    assertThat(browser.get("/me/account").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void aCallbackUsedOnceIsRefusedTheSecondTimeFromAnyBrowser() throws Exception {
    Person person = person("sso.callback");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);
    String callback = last(provider.callbacks);

    HttpBrowser attacker = browser();
    HttpResponse<String> elsewhere = attacker.open(URI.create(callback));
    HttpResponse<String> again = browser.open(URI.create(callback));

    assertThat(elsewhere.statusCode()).isEqualTo(401);
    assertThat(attacker.get("/me/account").uri().getPath()).isEqualTo("/login");
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(sessionMethods(person)).hasSize(1);
  }

  @Test
  void anAuthorizationCodeUsedOnceIsRefusedInALaterSignIn() throws Exception {
    Person person = person("sso.code");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);
    String used = last(provider.issuedCodes);

    HttpBrowser attacker = browser();
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    provider.replayCode(used);
    HttpResponse<String> refused = attacker.signInWithSso();

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(attacker.get("/me/account").uri().getPath()).isEqualTo("/login");
    assertThat(sessionMethods(person)).hasSize(1);
  }

  @Test
  void anIdTokenUsedOnceIsRefusedInALaterSignIn() throws Exception {
    Person person = person("sso.replay");
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    assertThat(browser.signInWithSso().statusCode()).isEqualTo(200);
    String used = last(provider.issuedIdTokens);

    HttpBrowser attacker = browser();
    provider.nextSignIn(person.email(), true, IdToken.GOOD);
    provider.replayIdToken(used);
    HttpResponse<String> refused = attacker.signInWithSso();

    // The token is signed and unexpired, but its nonce is the first sign-in's.
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(attacker.get("/me/account").uri().getPath()).isEqualTo("/login");
    assertThat(sessionMethods(person)).hasSize(1);
  }

  private Person person(String name) {
    return person(people, passwords, name, Role.MEMBER);
  }

  /** A new person with a unique email starting with {@code name}, and a password. */
  static Person person(PersonRepository people, PasswordEncoder passwords, String name, Role role) {
    String email = name + "." + UUID.randomUUID() + "@example.com";
    long id =
        people.insert(
            new PersonRepository.NewPerson(
                email,
                "Sam " + name,
                null,
                null,
                null,
                null,
                role,
                List.of(),
                passwords.encode(PASSWORD)));
    return people.findById(id).orElseThrow();
  }

  private void deactivate(Person person) {
    jdbc.sql("update person set deactivated_at = ? where id = ?")
        .params(OffsetDateTime.now(), person.id())
        .update();
  }

  private List<String> sessionMethods(Person person) {
    if (person == null) {
      return List.of();
    }
    return jdbc.sql("select sign_in_method from person_session where person_id = ?")
        .param(person.id())
        .query(String.class)
        .list();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private HttpBrowser browser() {
    return new HttpBrowser(port);
  }
}
