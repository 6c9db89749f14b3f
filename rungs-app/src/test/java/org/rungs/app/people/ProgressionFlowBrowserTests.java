package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 4's walk in a real browser, as the README tells a new user to do it: sign in as admin,
 * import people from CSV, sign in as a person, assess, add evidence, have the manager assess and
 * agree, and see the standing with its explanation. Each step builds on the one before, so the
 * tests run in order and share who signed in with what; {@code target/screenshots/people-*.png}
 * shows every page the walk visits.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressionFlowBrowserTests {

  private static final String DATABASE =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static final String ADMIN = "admin@localhost";
  private static final String MIA = "mia.manager@example.com";
  private static final String PAT = "pat.person@example.com";

  private static final String PEOPLE_CSV =
      """
      email,name,manager_email,framework,level,level_since,role
      mia.manager@example.com,Mia Manager,,/engineering/backend,4,2023-01-09,member
      pat.person@example.com,Pat Person,mia.manager@example.com,/engineering/backend,2,2024-06-03,member
      """;

  /** A good row and a row on a framework that does not exist: all or nothing, so nobody. */
  private static final String BROKEN_CSV =
      """
      email,name,manager_email,framework,level,level_since,role
      mia.manager@example.com,Mia Manager,,/engineering/backend,4,2023-01-09,member
      pat.person@example.com,Pat Person,mia.manager@example.com,/engineering/nonsense,2,2024-06-03,member
      """;

  private static final String EVIDENCE_NOTE =
      "Led the review of the payments retry design and wrote up the trade-offs";
  private static final String EVIDENCE_LINK = "https://git.example.com/payments/pull/42";
  private static final String SUMMARY = "Good progress on level 2; aim for 3 by spring.";

  private static Browser browser;
  private static Path csvFolder;
  private static int shots;

  // What the walk learns on the way, for the steps after it.
  private static String patPassword;

  /** The passwords people chose in place of their one-time ones, by email. */
  private static final java.util.Map<String, String> CHOSEN = new java.util.HashMap<>();

  private static String miaPassword;
  private static long patId;
  private static long miaId;
  private static int levelTwoCriteria;
  private static final List<String> assessedByPat = new ArrayList<>();
  private static String workingTowards;
  private static boolean selfAssessed;
  private static boolean teamSeen;
  private static boolean managerAssessed;
  private static boolean agreed;

  @LocalServerPort int port;

  @Autowired Accounts accounts;

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    // rungs.frameworks.directory stays unset: the bundled example frameworks, as `rungs serve`.
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    csvFolder = Files.createTempDirectory("rungs-people-csv-");
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stopBrowser() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      Browser.deleteRecursively(csvFolder);
    }
  }

  @Test
  @Order(1)
  void adminSignsInWithTheFirstStartPassword() {
    // FirstAdmin printed a one-time password on start; the test cannot read stdout, so it asks
    // for a new one the same way `rungs users add` does.
    String adminPassword =
        accounts.addOrReset(ADMIN, "Administrator", Role.ADMIN).oneTimePassword();

    open("/login");
    look("login", 200);
    signIn(ADMIN, adminPassword);
    // The admin has no framework: their own page says so.
    look("admin-signed-in", 200);
    assertThat(text("main")).contains("Administrator");
  }

  @Test
  @Order(2)
  void adminFindsThePeoplePageFromTheirFirstPage() {
    open("/me/");
    // The README says "open People"; an admin who just signed in needs a way there.
    List<WebElement> people =
        browser.findAll(By.cssSelector("a[href$='/admin/people/'], a[href$='admin/people/']"));
    assertThat(people).as("a link to People on %s", browser.url()).isNotEmpty();
    // It is in the top bar's Admin menu, which opens first.
    browser.click(browser.find(By.cssSelector("details.admin-menu summary")));
    clickAndWait(people.get(0));
    assertThat(browser.url()).endsWith("/admin/people/");
    assertThat(text("main h1")).isEqualTo("People");
  }

  @Test
  @Order(3)
  void aBrokenCsvShowsItsProblemLineAndImportsNobody() throws IOException {
    // By its address, as the README gives it, so that the walk goes on without the link above.
    open("/admin/people/");
    look("admin-people", 200);
    assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("People");
    assertThat(text("main")).contains("Everyone (1)");

    upload(BROKEN_CSV, "broken.csv", false);
    look("admin-import-broken", 400);
    List<String> problems = texts(By.cssSelector("ul.problems li"));
    assertThat(problems)
        .as("the problem, with its line")
        .anySatisfy(
            problem -> assertThat(problem).startsWith("line 3").contains("/engineering/nonsense"));
    assertThat(text("p.callout[role=status]")).contains("Nobody was imported");
    assertThat(text("main")).contains("Everyone (1)").doesNotContain(PAT, MIA);
  }

  @Test
  @Order(4)
  void adminImportsPeopleFromCsvAfterADryRun() throws IOException {
    open("/admin/people/");
    upload(PEOPLE_CSV, "people.csv", true);
    look("admin-import-dry-run", 200);
    assertThat(browser.findAll(By.cssSelector("ul.problems li"))).isEmpty();
    assertThat(text("p.callout[role=status]"))
        .contains("The file is clean")
        .contains("would add 2");
    assertThat(text("main")).as("a dry run writes nothing").contains("Everyone (1)");

    upload(PEOPLE_CSV, "people.csv", false);
    look("admin-import", 200);
    assertThat(text("p.callout[role=status]")).contains("Imported 2 new");
    assertThat(text("main")).contains("Everyone (3)");
    WebElement patRow = personRow("Pat Person");
    assertThat(patRow.getText()).contains(PAT, "/engineering/backend", "2", "member");
    assertThat(personRow("Mia Manager").getText()).contains(MIA, "4");
    patId = idOf(patRow);
    miaId = idOf(personRow("Mia Manager"));
  }

  @Test
  @Order(5)
  void adminGivesPatAOneTimePasswordOnAPageThatStillWorks() {
    open("/admin/people/");
    patPassword = newPassword("Pat Person");
    // The page after "New password" is the People page again: it must look like it and its forms
    // must still work, so that the admin can give Mia hers right there.
    SoftAssertions.assertSoftly(
        softly -> {
          softly.assertThatCode(() -> look("admin-password-pat", 200)).doesNotThrowAnyException();
          softly
              .assertThat(
                  personRow("Mia Manager")
                      .findElement(By.xpath(".//a[normalize-space()='New password']"))
                      .getDomProperty("href"))
              .as("where Mia's New password link leads (it asks before it posts)")
              .isEqualTo(url("/admin/people/" + miaId + "/password"));
          softly
              .assertThat(browser.find(By.cssSelector("form.import-form")).getDomProperty("action"))
              .as("where the import form posts")
              .isEqualTo(url("/admin/people/import"));
          softly
              .assertThat(browser.find(By.linkText("Pat Person")).getDomProperty("href"))
              .as("Pat's link")
              .isEqualTo(url("/people/" + patId + "/"));
        });
  }

  @Test
  @Order(6)
  void adminGivesMiaAOneTimePasswordAndSignsOut() {
    // From the People page afresh: the walk goes on even when the page after Pat's is broken.
    open("/admin/people/");
    miaPassword = newPassword("Mia Manager");
    assertThat(miaPassword).isNotEqualTo(patPassword);
    try {
      look("admin-password-mia", 200);
    } finally {
      signOut();
    }
  }

  @Test
  @Order(7)
  void patSeesWhereSheStandsAndAssessesHerself() {
    requires(patPassword != null, "Pat's one-time password");
    signIn(PAT, patPassword);
    assertThat(browser.url()).endsWith("/people/" + patId + "/");
    look("pat-standing", 200);
    assertThat(text("main .eyebrow")).isEqualToIgnoringCase("Where I stand");
    assertThat(text(".standing-explanation")).startsWith("2A: 0 of");
    assertThat(browser.findAll(By.cssSelector("svg.bar"))).hasSizeGreaterThanOrEqualTo(2);

    clickAndWait(browser.find(By.linkText("Assess level 2")));
    assertThat(browser.url()).endsWith("/people/" + patId + "/assess/2/");
    look("pat-assess", 200);
    List<WebElement> rows = browser.findAll(By.cssSelector("li.assess-row"));
    levelTwoCriteria = rows.size();
    assertThat(levelTwoCriteria).isGreaterThan(4);
    for (WebElement row : rows.subList(0, 3)) {
      assessedByPat.add(row.getDomAttribute("id"));
    }
    workingTowards = rows.get(3).getDomAttribute("id");
    for (String criterion : assessedByPat) {
      status(criterion).selectByValue("DEMONSTRATED");
    }
    clickAndWait(browser.find(By.cssSelector("form.assess-form button[type=submit]")));
    look("pat-assess-saved", 200);
    assertThat(text("p.callout[role=status]")).isEqualTo("Saved.");
    for (String criterion : assessedByPat) {
      assertThat(status(criterion).getFirstSelectedOption().getDomAttribute("value"))
          .isEqualTo("DEMONSTRATED");
      assertThat(text("#" + criterion + " .assess-others"))
          .contains("Manager: not assessed", "Agreed: not yet agreed");
    }
    assertThat(status(workingTowards).getFirstSelectedOption().getText()).isEqualTo("Not assessed");
  }

  @Test
  @Order(8)
  void patAddsEvidence() {
    requires(workingTowards != null, "Pat's own assessment");
    openPerson(patId);
    clickAndWait(browser.find(By.linkText("Evidence")));
    assertThat(browser.url()).endsWith("/people/" + patId + "/evidence/");
    look("pat-evidence", 200);
    assertThat(text("main")).contains("None yet.");

    browser.find(By.id("note")).sendKeys(EVIDENCE_NOTE);
    browser.find(By.id("link")).sendKeys(EVIDENCE_LINK);
    List<String> shows = new ArrayList<>();
    for (String criterion : assessedByPat.subList(0, 2)) {
      WebElement box =
          browser.find(By.cssSelector("input[name=criterionIds][value='" + criterion + "']"));
      browser.click(box);
      assertThat(box.isSelected()).isTrue();
      shows.add(box.findElement(By.xpath("..")).getText().replaceFirst("^L\\d+\\s+", ""));
    }
    clickAndWait(browser.find(By.cssSelector("form.evidence-form button[type=submit]")));
    assertThat(browser.url()).endsWith("/people/" + patId + "/evidence/");
    look("pat-evidence-added", 200);
    List<WebElement> entries = browser.findAll(By.cssSelector("ol.timeline > li"));
    assertThat(entries).hasSize(1);
    WebElement entry = entries.get(0);
    assertThat(entry.getText()).contains(EVIDENCE_NOTE);
    assertThat(entry.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo(EVIDENCE_LINK);
    assertThat(texts(entry, By.cssSelector("ul.evidence-criteria li")))
        .containsExactlyInAnyOrderElementsOf(shows);
  }

  @Test
  @Order(9)
  void patStartsACheckInAndFinishesHerSelfAssessment() {
    requires(workingTowards != null, "Pat's own assessment");
    openPerson(patId);
    clickAndWait(browser.find(By.linkText("Check-ins")));
    look("pat-check-ins", 200);
    assertThat(text("main")).contains("No check-in in progress", "No agreed check-ins yet.");

    clickAndWait(button("Start a check-in"));
    look("pat-check-in-started", 200);
    assertThat(text("main section.card h2")).isEqualTo("Check-in in progress: self-assessment");

    clickAndWait(button("I have assessed myself"));
    look("pat-check-in-waiting", 200);
    assertThat(text("main section.card h2"))
        .isEqualTo("Check-in in progress: manager's assessment");
    assertThat(text("main")).contains("Waiting for your manager's assessment.");
    selfAssessed = true;
    signOut();
  }

  @Test
  @Order(10)
  void miaSeesPatWaitingForHerOnHerTeam() {
    requires(miaPassword != null, "Mia's one-time password");
    requires(selfAssessed, "Pat's finished self-assessment");
    signIn(MIA, miaPassword);
    look("mia-standing", 200);
    assertThat(text(".standing-explanation")).startsWith("4A: 0 of");

    clickAndWait(browser.find(By.linkText("My team")));
    assertThat(browser.url()).endsWith("/team/");
    look("mia-team", 200);
    assertThat(text("main h1")).isEqualTo("Mia Manager's team");
    WebElement pat =
        browser.find(
            By.xpath("//table[contains(@class,'team')]//tr[th[normalize-space()='Pat Person']]"));
    assertThat(pat.getText()).contains("2A", "never", "manager's assessment");

    clickAndWait(pat.findElement(By.linkText("Pat Person")));
    assertThat(browser.url()).endsWith("/people/" + patId + "/");
    look("mia-pat-standing", 200);
    assertThat(text("main .eyebrow")).isEqualToIgnoringCase("Where Pat Person stands");
    teamSeen = true;
  }

  @Test
  @Order(11)
  void miaAssessesPat() {
    requires(teamSeen, "Mia signed in");
    openPerson(patId);
    clickAndWait(browser.find(By.linkText("Assess level 2")));
    look("mia-assess-pat", 200);
    assertThat(text("main .eyebrow")).isEqualToIgnoringCase("Assess Pat Person");
    for (String criterion : assessedByPat) {
      assertThat(text("#" + criterion + " .assess-others")).contains("Pat Person: demonstrated");
      status(criterion).selectByValue("DEMONSTRATED");
    }
    // Pat's evidence is beside the criteria it shows, for Mia to weigh.
    for (String criterion : assessedByPat.subList(0, 2)) {
      assertThat(text("#" + criterion + " .evidence-inline")).contains(EVIDENCE_NOTE);
    }
    assertThat(browser.findAll(By.cssSelector("#" + workingTowards + " .evidence-inline")))
        .isEmpty();
    status(workingTowards).selectByValue("WORKING_TOWARDS");
    clickAndWait(browser.find(By.cssSelector("form.assess-form button[type=submit]")));
    look("mia-assess-pat-saved", 200);
    assertThat(text("p.callout[role=status]")).isEqualTo("Saved.");
    assertThat(status(workingTowards).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("WORKING_TOWARDS");
    managerAssessed = true;
  }

  @Test
  @Order(12)
  void miaAndPatAgreeAndMiaRecordsIt() {
    requires(managerAssessed, "Mia's assessment of Pat");
    openPerson(patId);
    clickAndWait(browser.find(By.linkText("Check-ins")));
    look("mia-check-in", 200);
    clickAndWait(button("I have assessed Pat Person"));
    look("mia-check-in-agreeing", 200);
    assertThat(text("main section.card h2")).isEqualTo("Check-in in progress: agreeing");

    WebElement table = browser.visible(By.cssSelector("table.side-by-side"));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(4);
    List<WebElement> differs = table.findElements(By.cssSelector("tbody tr.differs"));
    assertThat(differs).as("only the criterion Pat did not assess differs").hasSize(1);
    List<String> cells = texts(differs.get(0), By.tagName("td"));
    assertThat(cells.get(1)).as("Pat's view").isEqualTo("—");
    assertThat(cells.get(2)).as("Mia's view").isEqualTo("working towards");
    String background = "return getComputedStyle(arguments[0]).backgroundColor";
    assertThat(browser.script(background, differs.get(0).findElement(By.tagName("td"))))
        .as("the differing row is highlighted")
        .isNotEqualTo(
            browser.script(
                background, table.findElement(By.cssSelector("tbody tr:not(.differs) td"))));
    for (String criterion : assessedByPat) {
      assertThat(
              new Select(browser.find(By.id("agreed-" + criterion)))
                  .getFirstSelectedOption()
                  .getDomAttribute("value"))
          .isEqualTo("DEMONSTRATED");
    }

    new Select(browser.find(By.id("target"))).selectByValue("3");
    browser.click(browser.find(By.id("focus-" + workingTowards)));
    browser.find(By.id("summary")).sendKeys(SUMMARY);
    clickAndWait(button("Record the agreement"));
    look("mia-check-in-agreed", 200);
    // Issue 10: waiting for Pat's confirmation, so not also "no check-in in progress".
    assertThat(text("main")).contains("Waiting for Pat Person to confirm", "Next check-in");
    assertThat(text("main")).doesNotContain("No check-in in progress");
    List<String> timeline = texts(By.cssSelector("ol.timeline > li"));
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0))
        .contains("agreed, aiming for level 3", "1 focus criterion", SUMMARY);
    agreed = true;
    signOut();
  }

  @Test
  @Order(13)
  void patSeesTheAgreedStandingWithItsExplanation() {
    requires(agreed, "the recorded agreement");
    signIn(PAT, patPassword);
    look("pat-standing-agreed", 200);
    assertThat(text("#standing-title")).endsWith("aiming for level 3");
    String explanation = text(".standing-explanation");
    assertThat(explanation)
        .matches("2[A-D]: 3 of " + levelTwoCriteria + " level-2 criteria demonstrated; .*")
        .contains("Aiming for level 3.");
    assertThat(text(".standing-badge")).isEqualTo(explanation.substring(0, 2));
    assertThat(browser.findAll(By.cssSelector("svg.bar"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(
            browser
                .find(By.cssSelector(".standing .bar-row svg.bar"))
                .getDomAttribute("aria-label"))
        .isEqualTo("Level 2: 3 of " + levelTwoCriteria + " demonstrated");
    assertThat(text("#todo-title")).isEqualTo("Still to show for level 3");

    assertThat(text(".callout")).contains("Your manager recorded the agreement");

    clickAndWait(browser.find(By.linkText("Check-ins")));
    look("pat-check-ins-agreed", 200);
    assertThat(text("#confirm-heading")).isEqualTo("Is this what you agreed?");
    assertThat(texts(By.cssSelector("ol.timeline > li")))
        .singleElement()
        .asString()
        .contains("agreed, aiming for level 3", "Not yet confirmed");
    clickAndWait(button("Yes, this is what we agreed"));
    look("pat-check-ins-confirmed", 200);
    assertThat(browser.findAll(By.id("confirm-heading"))).isEmpty();
    assertThat(texts(By.cssSelector("ol.timeline > li")))
        .singleElement()
        .asString()
        .contains("Confirmed by");
  }

  @Test
  @Order(14)
  void theStandingBadgeIsRoundAndTheBarsShowProgress() {
    requires(patPassword != null, "Pat's one-time password");
    signIn(PAT, patPassword);
    WebElement badge = browser.visible(By.cssSelector(".standing-badge"));
    assertThat(badge.getSize().getWidth())
        .as("the standing badge (%s) is a circle, as wide as it is high", badge.getSize())
        .isCloseTo(badge.getSize().getHeight(), within(2));
    List<WebElement> bars = browser.findAll(By.cssSelector("svg.bar"));
    assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(bar.isDisplayed()).isTrue());
    assertThat(bars.get(0).getSize().getWidth()).as("the level bar's width").isGreaterThan(40);
  }

  @Test
  @Order(15)
  void aPersonMakesAnApiTokenOnTheirAccountPageAndItFitsAPhone() {
    requires(patPassword != null, "Pat's one-time password");
    signIn(PAT, patPassword);
    List<WebElement> account = browser.findAll(By.cssSelector("a.account-name"));
    assertThat(account).as("the name in the top bar leads to the account page").isNotEmpty();
    clickAndWait(account.get(0));
    assertThat(browser.url()).endsWith("/me/account");
    browser.find(By.id("token-name")).sendKeys("weekly report");
    clickAndWait(button("Make a token"));
    look("account-token-made", 200);
    assertThat(text("p.new-token code.api-token")).startsWith("rungs_");
    assertThat(texts(By.cssSelector("table.tokens th[scope=row]")))
        .containsExactly("weekly report");
    try {
      browser.resize(new Dimension(390, 844));
      open("/me/account");
      look("account-phone", 200);
      assertThat(browser.script("return document.documentElement.scrollWidth"))
          .as("the account page needs no sideways scrolling on a phone")
          .isEqualTo(390L);
      open("/me/password");
      look("password-phone", 200);
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }

  @Test
  @Order(16)
  void aSignedInPersonCanSignOut() {
    requires(patPassword != null, "Pat's one-time password");
    signIn(PAT, patPassword);
    // "Sign in as each", the README says: on a shared computer that needs signing out first.
    List<WebElement> signOut =
        browser.findAll(
            By.xpath(
                "//*[self::a or self::button or self::input[@type='submit']]"
                    + "[normalize-space()='Sign out' or @value='Sign out']"));
    assertThat(signOut).as("a Sign out button on %s", browser.url()).isNotEmpty();
    clickAndWait(signOut.get(0));
    open("/me/");
    assertThat(browser.url()).endsWith("/login");
  }

  // ---- Steps a person takes ----

  /**
   * Signs in; the first time with a one-time password, replaces it on the page Rungs sends the
   * person to, as everyone must, and signs in with their own from then on.
   */
  private void signIn(String email, String password) {
    open("/login");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(CHOSEN.getOrDefault(email, password));
    clickAndWait(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    browser.waitForUrl(".*/people/\\d+/$|.*/me/password$|.*/me/inbox/$");
    if (browser.url().endsWith("/me/inbox/")) {
      // Sign-in lands on "Waiting for me" when something waits (issue 10); the walk goes on
      // from where the person stands.
      open("/me/");
      browser.waitForUrl(".*/people/\\d+/$");
    }
    if (browser.url().endsWith("/me/password")) {
      String who = email.substring(0, email.indexOf('@'));
      look("password-" + who, 200);
      String mine = "my own passphrase, " + who;
      browser.find(By.id("current")).sendKeys(password);
      browser.find(By.id("password")).sendKeys(mine);
      browser.find(By.id("repeat")).sendKeys(mine);
      clickAndWait(button("Change password"));
      browser.waitForUrl(".*/me/account\\?password-changed$");
      look("account-" + who, 200);
      assertThat(text("p.callout[role=status]")).contains("Your password is changed");
      CHOSEN.put(email, mine);
      open("/me/");
      browser.waitForUrl(".*/people/\\d+/$");
    }
  }

  /**
   * Signs out the way a sign-out button would, by posting to /logout with the session's CSRF token.
   * The pages have no such button yet (aSignedInPersonCanSignOut looks for one), so the form is
   * made here.
   */
  private void signOut() {
    open("/login");
    WebElement csrf = browser.find(By.cssSelector("form.sign-in input[type=hidden]"));
    WebElement html = browser.find(By.tagName("html"));
    browser.script(
        "const form = document.createElement('form');"
            + "form.method = 'post'; form.action = '/logout';"
            + "const token = document.createElement('input');"
            + "token.type = 'hidden'; token.name = arguments[0]; token.value = arguments[1];"
            + "form.appendChild(token); document.body.appendChild(form); form.submit();",
        csrf.getDomAttribute("name"),
        csrf.getDomProperty("value"));
    browser.until(driver -> isGone(html));
    open("/me/");
    assertThat(browser.url()).as("signed out, /me/ asks to sign in").endsWith("/login");
  }

  private void upload(String csv, String name, boolean dryRun) throws IOException {
    Path file = csvFolder.resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    WebElement dry = browser.find(By.cssSelector("input[name=dryRun]"));
    assertThat(dry.isSelected()).as("dry run is ticked by default").isTrue();
    if (!dryRun) {
      browser.click(dry);
      assertThat(dry.isSelected()).isFalse();
    }
    clickAndWait(button("Check and import"));
  }

  /** Presses "New password" on someone's row and reads what the page then shows, once. */
  private String newPassword(String name) {
    clickAndWait(personRow(name).findElement(By.xpath(".//a[normalize-space()='New password']")));
    // Issue 10: it asks first, and shows the password after a redirect, so a reload cannot post.
    clickAndWait(button("Make a one-time password"));
    assertThat(browser.url()).endsWith("/admin/people/#issued");
    WebElement issued = browser.visible(By.cssSelector("p.callout[role=status]"));
    assertThat(issued.getText())
        .startsWith(name + " can sign in as")
        .contains("It is shown only now.");
    String password = issued.findElement(By.cssSelector("code.one-time-password")).getText();
    assertThat(password).hasSizeGreaterThanOrEqualTo(12).doesNotContainAnyWhitespaces();
    return password;
  }

  private static long idOf(WebElement personRow) {
    String href = personRow.findElement(By.cssSelector("th a")).getDomProperty("href");
    Matcher id = Pattern.compile("/people/(\\d+)/$").matcher(href);
    assertThat(id.find()).as("a person's page link: %s", href).isTrue();
    return Long.parseLong(id.group(1));
  }

  private WebElement personRow(String name) {
    return browser.find(
        By.xpath("//table[contains(@class,'team')]//tr[th[normalize-space()='" + name + "']]"));
  }

  // ---- Looking at pages ----

  private void open(String path) {
    browser.open(url(path));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Skips a step when one it builds on failed, so that the report names the first failure. */
  private static void requires(boolean learned, String what) {
    assumeTrue(learned, () -> "needs " + what + ", which an earlier step did not get to");
  }

  private void openPerson(long id) {
    open("/people/" + id + "/");
  }

  /** Clicks something that loads a new page (a link or a form) and waits until it has loaded. */
  private static void clickAndWait(WebElement element) {
    WebElement html = browser.find(By.tagName("html"));
    browser.click(element);
    browser.until(driver -> isGone(html));
    // Only until it has loaded: whether its stylesheet and script came with it is for look().
    browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
  }

  /**
   * Whether the element belongs to a page that was replaced. Chromium sometimes answers a question
   * about such an element with "does not belong to the document" instead of a stale-element error,
   * depending on when in the navigation it is asked; both mean the same.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException stale) {
      return true;
    } catch (org.openqa.selenium.WebDriverException other) {
      if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw other;
    }
  }

  /**
   * Checks what anyone would notice on the page just loaded (its status, an error page, a missing
   * heading) and saves it as the next screenshot.
   */
  private static void look(String name, int status) {
    String shot = String.format("people-%02d-%s", ++shots, name);
    browser.screenshotPage(shot);
    Object responseStatus =
        browser.script(
            "const nav = performance.getEntriesByType('navigation')[0];"
                + " return nav ? nav.responseStatus : null;");
    assertThat(responseStatus)
        .as("HTTP status of %s (%s)", browser.url(), shot)
        .isEqualTo((long) status);
    String source = browser.find(By.tagName("html")).getDomProperty("outerHTML");
    assertThat(source)
        .as("%s (%s)", browser.url(), shot)
        .doesNotContain("Whitelabel", "Exception", "\tat org.", "\tat java.", "stack trace");
    assertThat(
            browser.script(
                "return Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(link"
                    + " => { try { return link.sheet.cssRules.length > 0; }"
                    + " catch (notLoaded) { return false; } })"))
        .as("the stylesheet of %s (%s) loaded", browser.url(), shot)
        .isEqualTo(true);
    assertThat(browser.script("return document.documentElement.classList.contains('js')"))
        .as("rungs.js ran on %s (%s)", browser.url(), shot)
        .isEqualTo(true);
    WebElement h1 = browser.visible(By.cssSelector("main h1"));
    assertThat(h1.getText()).as("the h1 of %s", browser.url()).isNotBlank();
    assertThat(browser.findAll(By.tagName("h1"))).as("h1s on %s", browser.url()).hasSize(1);
  }

  private static WebElement button(String label) {
    return browser.find(By.xpath("//main//button[normalize-space()=\"" + label + "\"]"));
  }

  private static Select status(String criterionId) {
    return new Select(browser.find(By.id("status-" + criterionId)));
  }

  private static String text(String css) {
    return browser.find(By.cssSelector(css)).getText();
  }

  private static List<String> texts(By by) {
    return browser.findAll(by).stream().map(WebElement::getText).toList();
  }

  private static List<String> texts(WebElement within, By by) {
    return within.findElements(by).stream().map(WebElement::getText).toList();
  }
}
