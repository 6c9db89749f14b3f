package org.rungs.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rungs.app.RungsApplication;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.Axe;
import org.rungs.app.testing.Browser;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkEdit;
import org.rungs.framework.FrameworkEditor;
import org.rungs.framework.Topic;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's walk in a real browser: a person suggests an example on a criterion's page; the
 * framework's owner (named in OWNERS) is told, accepts it in their queue; the file on disk holds
 * the example and nothing else changed, a git commit by the owner credits the author, and the
 * public site shows the example on its next load. Screenshots: {@code
 * target/screenshots/feedback-*.png} at 1280 and 390 px.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(FeedbackBrowserTests.Notifications.class)
class FeedbackBrowserTests {

  private static final String DATABASE =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String EXAMPLE =
      "Ran the payments incident review and wrote up what changed";
  private static final Path FOLDER = folder();

  /** What was published for notifications to send. */
  static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

  @TestConfiguration
  static class Notifications {
    @EventListener
    void received(FeedbackReceived event) {
      EVENTS.add(event);
    }

    @EventListener
    void answered(FeedbackAnswered event) {
      EVENTS.add(event);
    }
  }

  private static Browser browser;
  private static Person pat;
  private static Person owen;
  private static Criterion criterion;
  private static int level;
  private static byte[] original;
  private static boolean suggested;

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired PasswordEncoder passwords;
  @Autowired FrameworkLibrary library;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
    registry.add("rungs.frameworks.directory", FOLDER::toString);
  }

  /** The example frameworks in a git repository made by JGit, with Owen owning engineering. */
  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("rungs-feedback-");
      Path examples = Path.of("..", "frameworks");
      try (Stream<Path> files = Files.walk(examples)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (!file.getFileName().toString().equals("README.md")) {
            Path copy = folder.resolve(examples.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.writeString(
          folder.resolve("OWNERS"), "# who reviews feedback\n/engineering/ owen@example.com\n");
      try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
        git.add().addFilepattern(".").call();
        PersonIdent setUp = new PersonIdent("Set Up", "setup@example.com");
        git.commit()
            .setMessage("Frameworks")
            .setAuthor(setUp)
            .setCommitter(setUp)
            .setSign(false)
            .call();
      }
      return folder;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stopBrowser() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      Browser.deleteRecursively(FOLDER);
    }
  }

  @Test
  @Order(1)
  void aPersonSuggestsAnExampleOnACriterionsPage() throws IOException {
    pat = add("pat@example.com", "Pat Person");
    owen = add("owen@example.com", "Owen Owner");
    Framework backend = library.current().set().find("/engineering/backend").orElseThrow();
    for (Topic topic : backend.topics()) {
      for (var at : topic.levels()) {
        for (Criterion c : at.criteria()) {
          if (criterion == null && !c.isInherited() && !c.hasExamples()) {
            criterion = c;
            level = at.level();
          }
        }
      }
    }
    original = Files.readAllBytes(FOLDER.resolve(backend.source()));

    signIn(pat);
    open("/feedback/criteria/" + criterion.id().value() + "/");
    assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.find(By.tagName("main")).getText()).contains("owen@example.com");
    look("criterion");
    new Select(browser.find(By.id("kind"))).selectByValue("example");
    browser.find(By.id("text")).sendKeys(EXAMPLE);
    click(browser.find(By.cssSelector(".feedback-form button[type=submit]")));

    assertThat(browser.find(By.cssSelector(".feedback-list")).getText())
        .contains(EXAMPLE, "Pat Person", "suggested example", "open");
    look("criterion-suggested");
    assertThat(EVENTS)
        .anySatisfy(
            event ->
                assertThat(event)
                    .isInstanceOfSatisfying(
                        FeedbackReceived.class,
                        received -> assertThat(received.recipientPersonId()).isEqualTo(owen.id())));
    suggested = true;
  }

  @Test
  @Order(2)
  void theOwnerAcceptsItAndTheFileIsWrittenAndCommitted() throws Exception {
    assumeTrue(suggested, "needs the suggestion of the step before");
    signIn(owen);
    open("/feedback/queue/");
    assertThat(browser.find(By.tagName("main")).getText()).contains(EXAMPLE, "Pat Person");
    look("queue");
    click(browser.find(By.xpath("//button[@value='accept']")));
    assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("accepted");
    look("queue-accepted");

    Framework backend = library.current().set().find("/engineering/backend").orElseThrow();
    byte[] expected =
        FrameworkEditor.apply(
                original, backend.source(), new FrameworkEdit.AddExample(criterion.id(), EXAMPLE))
            .bytes();
    assertThat(
            new String(
                Files.readAllBytes(FOLDER.resolve(backend.source())), StandardCharsets.UTF_8))
        .as("the file holds the example and nothing else changed")
        .isEqualTo(new String(expected, StandardCharsets.UTF_8))
        .contains(EXAMPLE);
    try (Git git = Git.open(FOLDER.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getCommitterIdent().getEmailAddress()).isEqualTo("owen@example.com");
      assertThat(head.getFullMessage()).contains("Co-authored-by: Pat Person <pat@example.com>");
      assertThat(git.status().call().isClean()).as("only the framework file changed").isTrue();
    }
    assertThat(EVENTS)
        .anySatisfy(
            event ->
                assertThat(event)
                    .isInstanceOfSatisfying(
                        FeedbackAnswered.class,
                        answered -> assertThat(answered.recipientPersonId()).isEqualTo(pat.id())));

    // The site shows it on its next load (the library looks at the folder every 100 ms).
    open("/engineering/backend/levels/" + level + "/");
    browser.until(
        driver -> {
          driver.navigate().refresh();
          return driver.getPageSource().contains(EXAMPLE);
        });
  }

  @Test
  @Order(3)
  void theFeedbackPagesHaveNoWcagViolations() {
    signIn(owen);
    open("/feedback/health/");
    assertThat(browser.find(By.tagName("main")).getText()).contains("Backend", "Assessed");
    look("health");
    for (String page :
        List.of(
            "/feedback/criteria/" + criterion.id().value() + "/",
            "/feedback/framework/?path=/engineering/backend",
            "/feedback/queue/",
            "/feedback/health/")) {
      open(page);
      assertThat(Axe.violations(browser)).as(page).isEmpty();
    }
  }

  @Test
  @Order(4)
  void anOwnerEditsTheFileInTheBrowserAnInvalidChangeIsRefusedAValidOneCommitted()
      throws Exception {
    assumeTrue(owen != null, "needs the people of the first step");
    Framework backend = library.current().set().find("/engineering/backend").orElseThrow();
    Path file = FOLDER.resolve(backend.source());
    byte[] before = Files.readAllBytes(file);
    String text = new String(before, StandardCharsets.UTF_8);
    signIn(owen);
    open("/feedback/edit/?path=/engineering/backend");
    look("edit");

    // Two titles: YAML refuses duplicate keys, so the file would not load.
    type(text.replaceFirst("\n", "\ntitle: One\ntitle: Two\n"));
    click(browser.find(By.xpath("//button[@value='save']")));
    assertThat(browser.find(By.tagName("main")).getText())
        .contains("Not saved", "Errors: it cannot be saved");
    assertThat(Files.readAllBytes(file)).as("an invalid text is not saved").isEqualTo(before);
    look("edit-refused");

    // Someone else's change since the form was loaded: 409, with the difference.
    open("/feedback/edit/?path=/engineering/backend");
    browser.script("document.querySelector('input[name=hash]').value = 'stale'");
    click(browser.find(By.xpath("//button[@value='save']")));
    assertThat(browser.find(By.tagName("main")).getText()).contains("changed since you opened it");

    String edited =
        FrameworkEditor.apply(
                before, backend.source(), new FrameworkEdit.RetitleFramework("Backend, edited"))
            .text();
    open("/feedback/edit/?path=/engineering/backend");
    type(edited);
    click(browser.find(By.xpath("//button[@value='preview']")));
    assertThat(browser.find(By.id("preview-heading")).getText()).contains("Backend, edited");
    click(browser.find(By.xpath("//button[@value='save']")));
    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .contains("Saved and committed");
    look("edit-saved");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(edited);
    try (Git git = Git.open(FOLDER.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      assertThat(head.getCommitterIdent().getEmailAddress()).isEqualTo("owen@example.com");
      assertThat(head.getFullMessage()).startsWith("Edit /engineering/backend in the browser");
      assertThat(git.status().call().isClean()).isTrue();
    }
    assertThat(Axe.violations(browser)).isEmpty();
  }

  private static void type(String text) {
    browser.script("document.getElementById('text').value = arguments[0]", text);
  }

  private Person add(String email, String name) {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                email,
                name,
                null,
                "/engineering/backend",
                3,
                null,
                Role.MEMBER,
                List.of(),
                passwords.encode(PASSWORD)));
    return people.findById(id).orElseThrow();
  }

  private void signIn(Person person) {
    // Signed out: a fresh session, as another browser would have.
    open("/login");
    browser.until(
        driver -> {
          driver.manage().deleteAllCookies();
          return true;
        });
    open("/login");
    browser.find(By.id("username")).sendKeys(person.email());
    browser.find(By.id("password")).sendKeys(PASSWORD);
    click(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    browser.waitForUrl(".*/people/\\d+/$");
  }

  private void open(String path) {
    browser.open("http://localhost:" + port + path);
  }

  private static void click(WebElement element) {
    WebElement html = browser.find(By.tagName("html"));
    browser.click(element);
    browser.until(
        driver -> {
          try {
            html.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
  }

  private static void look(String name) {
    browser.resize(Browser.DESKTOP);
    browser.screenshotPage("feedback-" + name + "-1280");
    browser.resize(new org.openqa.selenium.Dimension(390, 844));
    browser.screenshotPage("feedback-" + name + "-390");
    browser.resize(Browser.DESKTOP);
  }
}
