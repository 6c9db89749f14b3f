package org.rungs.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.rungs.app.RungsApplication;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications end to end, against an SMTP server (GreenMail) and a Slack webhook stub started
 * here: a check-in that starts sends its person an email whose link, followed in a real browser
 * while signed in, opens the right page, and the same message to their Slack webhook as JSON; a
 * person who turns email off on their preferences page gets none. Screenshots in {@code
 * target/screenshots/notifications-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsBrowserTests {

  private static final String PASSWORD = "a long enough test passphrase";
  private static final int APP_PORT = freePort();
  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final List<String> SLACK = new CopyOnWriteArrayList<>();
  private static final HttpServer SLACK_STUB = slackStub();

  private static Browser browser;

  PersonRows people;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired PasswordEncoder passwords;
  @Autowired CheckIns checkIns;
  @Autowired NotificationRepository notifications;

  private Person mia;
  private Person pat;
  private Person sam;

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    SMTP.start();
    registry.add("spring.datasource.url", TestDatabases::h2);
    registry.add("server.port", () -> APP_PORT);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("rungs.public-url", () -> "http://localhost:" + APP_PORT + "/");
    registry.add("rungs.notifications.from", () -> "rungs@example.com");
    registry.add("rungs.notifications.slack-webhook-prefix", NotificationsBrowserTests::slackBase);
    registry.add("rungs.notifications.poll-every", () -> "1s");
  }

  @BeforeAll
  void organisation() throws IOException {
    mia = add("mia@example.com", "Mia Manager", null);
    pat = add("pat@example.com", "Pat Person", mia.id());
    sam = add("sam@example.com", "Sam Someone", mia.id());
    assertThat(
            notifications.save(
                pat.id(), new Preferences(true, true, slackBase() + "hook/pat", 0), 0))
        .isTrue();
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      SMTP.stop();
      SLACK_STUB.stop(0);
    }
  }

  @Test
  @Order(1)
  void aStartedCheckInEmailsItsPersonALinkThatOpensTheirPage() throws Exception {
    assertThat(checkIns.start(mia, pat)).isEmpty();

    assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("an email arrives").isTrue();
    MimeMessage email = SMTP.getReceivedMessages()[0];
    assertThat(email.getAllRecipients()[0].toString()).isEqualTo("pat@example.com");
    assertThat(email.getSubject()).isEqualTo("Your check-in has started");
    String text = part(email, "text/plain");
    String link = "http://localhost:" + APP_PORT + "/people/" + pat.id() + "/";
    assertThat(text).contains("Open it in Rungs: " + link);
    assertThat(part(email, "text/html")).contains("<a href=\"" + link + "\">");

    signIn("pat@example.com");
    // Something waits for Pat, so sign-in lands on the inbox, with the step and its link.
    assertThat(browser.url()).endsWith("/me/inbox/");
    assertThat(browser.find(By.cssSelector(".inbox-list")).getText())
        .contains("Your self-assessment for your check-in");
    browser.screenshotPage("notifications-00-inbox");
    assertThat(axeViolations()).as("axe-core on the inbox").isEmpty();
    browser.resize(new Dimension(390, 844));
    browser.screenshotPage("notifications-00-inbox-390");
    browser.resize(Browser.DESKTOP);
    browser.open(link);
    assertThat(browser.url()).isEqualTo(link);
    assertThat(browser.find(By.tagName("h1")).getText()).contains("Pat Person");
    browser.screenshotPage("notifications-01-link-followed");
  }

  @Test
  @Order(2)
  void theSlackWebhookReceivesTheSameMessageAsJson() throws Exception {
    waitUntil(() -> !SLACK.isEmpty());
    assertThat(SLACK.get(0))
        .startsWith("{\"text\":")
        .contains("Your check-in has started")
        .contains("<http://localhost:" + APP_PORT + "/people/" + pat.id() + "/|Open it in Rungs>");
  }

  @Test
  @Order(3)
  void aPersonWhoTurnsEmailOffGetsNone() throws Exception {
    signIn("sam@example.com");
    browser.open(url("/me/notifications"));
    browser.screenshotPage("notifications-02-preferences");
    assertThat(axeViolations()).as("axe-core on the preferences page").isEmpty();
    assertThat(browser.find(By.name("email")).isSelected()).as("email is on by default").isTrue();
    browser.click(browser.find(By.name("email")));
    browser.click(browser.find(By.cssSelector("form.preferences-form button[type=submit]")));
    browser.waitForUrl(".*/me/notifications\\?saved$");
    assertThat(browser.find(By.cssSelector("p.callout[role=status]")).getText())
        .isEqualTo("Your choices are saved.");
    assertThat(browser.find(By.name("email")).isSelected()).isFalse();
    browser.resize(new Dimension(390, 844));
    browser.screenshotPage("notifications-03-preferences-saved-390");
    browser.resize(Browser.DESKTOP);

    assertThat(checkIns.start(mia, sam)).isEmpty();
    // A message to Pat after Sam's, so that once Pat's arrives Sam's would have too.
    assertThat(checkIns.finishStep(pat, pat, checkIns.open(pat).orElseThrow().id(), 0)).isEmpty();
    assertThat(SMTP.waitForIncomingEmail(15_000, 2)).isTrue();
    assertThat(
            Arrays.stream(SMTP.getReceivedMessages())
                .map(NotificationsBrowserTests::recipient)
                .toList())
        .containsExactly("pat@example.com", "mia@example.com");
  }

  @Test
  @Order(4)
  void aRefusedWebhookComesBackWithWhatWasTyped() {
    browser.open(url("/me/notifications"));
    browser.find(By.id("slack-webhook")).sendKeys("https://example.com/not-slack");
    browser.click(browser.find(By.name("slack")));
    browser.click(browser.find(By.cssSelector("form.preferences-form button[type=submit]")));
    browser.until(driver -> !driver.findElements(By.cssSelector("p.form-error")).isEmpty());
    assertThat(browser.find(By.cssSelector("p.form-error")).getText())
        .startsWith("The Slack webhook must start with " + slackBase());
    assertThat(browser.find(By.id("slack-webhook")).getDomProperty("value"))
        .isEqualTo("https://example.com/not-slack");
    browser.screenshotPage("notifications-04-refused");
  }

  /** The WCAG 2.0/2.1 A and AA rules axe-core finds broken on the page, by id and target. */
  @SuppressWarnings("unchecked")
  private static List<String> axeViolations() {
    ClassLoader loader = NotificationsBrowserTests.class.getClassLoader();
    java.util.Properties pom = new java.util.Properties();
    try (var in =
        loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      pom.load(in);
      String path =
          "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
      try (var axe = loader.getResourceAsStream(path)) {
        browser.script(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object found =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(', '))))
              .catch(e => done(['axe-core failed: ' + e]));
            """);
    return (List<String>) found;
  }

  private void signIn(String email) {
    browser.open(url("/login"));
    if (!browser.findAll(By.cssSelector("form.sign-out button")).isEmpty()) {
      browser.click(browser.find(By.cssSelector("form.sign-out button")));
      browser.waitForUrl(".*/$");
      browser.open(url("/login"));
    }
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(PASSWORD);
    browser.click(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    browser.waitForUrl(".*/people/\\d+/$|.*/me/inbox/$");
  }

  private Person add(String email, String name, Long manager) {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                email,
                name,
                manager,
                "/engineering/backend",
                2,
                LocalDate.now(),
                Role.MEMBER,
                List.of(),
                passwords.encode(PASSWORD)));
    return people.findById(id).orElseThrow();
  }

  private static String url(String path) {
    return "http://localhost:" + APP_PORT + path;
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first part of {@code type} in a message, however deeply it is nested. */
  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("in time").isTrue();
  }

  private static String slackBase() {
    return "http://127.0.0.1:" + SLACK_STUB.getAddress().getPort() + "/";
  }

  private static HttpServer slackStub() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/hook/",
          exchange -> {
            SLACK.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
