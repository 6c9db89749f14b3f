package org.rungs.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.Leavers;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.Browser;
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
 * Issue 15 in a real browser: a person downloads their data from their account page, and an admin
 * erases a person who left, after being refused once without confirming. Each page is checked with
 * axe-core and saved at desktop and phone width ({@code target/screenshots/privacy-*.png}).
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyBrowserTests {

  private static final String PASSWORD = "a long enough passphrase for tests";
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final String WCAG_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Leavers leavers;

  private Browser browser;
  private long pat;
  private long lou;

  @BeforeAll
  void start() throws IOException {
    String hash = passwords.encode(PASSWORD);
    add("privacy.admin@example.com", "Ada Admin", Role.ADMIN, hash);
    pat = add("pat.privacy@example.com", "Pat Person", Role.MEMBER, hash);
    lou = add("lou.leaver@example.com", "Lou Leaver", Role.MEMBER, hash);
    jdbc.sql("update person set deactivated_at = ? where id = ?")
        .params(OffsetDateTime.of(2025, 3, 31, 17, 0, 0, 0, ZoneOffset.UTC), lou)
        .update();
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPersonDownloadsTheirDataAndAnAdminErasesALeaver() {
    signIn("pat.privacy@example.com");
    open("/me/account");
    look("privacy-account");
    String href = browser.find(By.partialLinkText("download your data")).getAttribute("href");
    assertThat(href).endsWith("/me/export");
    @SuppressWarnings("unchecked")
    Map<String, Object> download =
        (Map<String, Object>)
            browser.asyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: r.headers.get('content-type'),
                        disposition: r.headers.get('content-disposition'),
                        magic: String.fromCharCode(bytes[0], bytes[1]), size: bytes.length});
                }).catch(e => done({error: String(e)}));
                """,
                href);
    assertThat(download)
        .containsEntry("status", 200L)
        .containsEntry("type", "application/zip")
        .containsEntry("magic", "PK");
    assertThat((String) download.get("disposition"))
        .contains("rungs-personal-data-" + pat + ".zip");
    clickAndWait(By.cssSelector("form.sign-out button[type=submit]"));
    browser.waitForUrl(".*/login.*|.*:" + port + "/$");

    signIn("privacy.admin@example.com");
    open("/admin/privacy/");
    look("privacy-admin");
    assertThat(browser.find(By.tagName("main")).getText()).contains("Lou Leaver");
    clickAndWait(By.cssSelector("a[aria-label='Erase Lou Leaver']"));
    browser.waitForUrl(".*/admin/people/" + lou + "/erase/$");
    look("privacy-erase");

    clickAndWait(By.cssSelector("form.erase-form button[type=submit]"));
    browser.waitForUrl(".*/admin/people/" + lou + "/erase/$");
    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .contains("tick the box to confirm");
    look("privacy-erase-refused");

    browser.find(By.id("confirm")).click();
    clickAndWait(By.cssSelector("form.erase-form button[type=submit]"));
    browser.waitForUrl(".*/admin/privacy/\\?erased=" + lou + "$");
    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .contains("Person " + lou + " was erased");
    look("privacy-admin-after");
    assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Lou Leaver");
    assertThat(leavers.byId(lou).orElseThrow().isErased()).isTrue();
    assertThat(leavers.byId(pat).orElseThrow().isErased()).isFalse();
  }

  private long add(String email, String name, Role role, String hash) {
    return people.insert(
        new PersonRows.NewPerson(
            email, name, null, "/engineering/backend", 2, null, role, List.of(), hash));
  }

  private void signIn(String email) {
    open("/login");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(PASSWORD);
    clickAndWait(By.cssSelector("form.sign-in button[type=submit]"));
    browser.waitForUrl(".*/people/\\d+/$");
  }

  /** Clicks and waits for the next page to replace this one. */
  private void clickAndWait(By target) {
    WebElement html = browser.find(By.tagName("html"));
    browser.click(browser.find(target));
    browser.until(ExpectedConditions.stalenessOf(html));
    browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
  }

  private void open(String path) {
    browser.open("http://localhost:" + port + path);
  }

  /** Saves the page at desktop and phone width and fails on any WCAG A/AA violation. */
  private void look(String name) {
    browser.resize(Browser.DESKTOP);
    browser.screenshotPage(name + "-desktop");
    assertThat(axe()).as("axe-core violations on " + name).isEmpty();
    browser.resize(PHONE);
    browser.screenshotPage(name + "-phone");
    browser.resize(Browser.DESKTOP);
  }

  @SuppressWarnings("unchecked")
  private List<String> axe() {
    browser.script(AxeCore.SOURCE);
    return (List<String>)
        browser.asyncScript(
            """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
          .then(results => done(results.violations.map(v => v.id + ': ' + v.help + ' '
              + v.nodes.map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe-core failed: ' + e]));
        """
                .formatted(WCAG_TAGS));
  }

  /** axe.min.js from the axe-core WebJar on the test class path. */
  static final class AxeCore {
    static final String SOURCE = load();

    private static String load() {
      ClassLoader loader = PrivacyBrowserTests.class.getClassLoader();
      java.util.Properties pom = new java.util.Properties();
      try (var in =
          loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        pom.load(in);
        try (var axe =
            loader.getResourceAsStream(
                "META-INF/resources/webjars/axe-core/"
                    + pom.getProperty("version")
                    + "/axe.min.js")) {
          return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
