package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Axe;
import org.rungs.app.testing.Browser;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10: the new user's walk, with nothing but the README, asserting that each defect they met
 * is gone. Every page it visits is saved at 1280 and 390 px ({@code
 * target/screenshots/walk-*.png}), needs no sideways scrolling on a phone, and passes axe-core.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewUserWalkBrowserTests {

  private static final String ADMIN = "admin@localhost";
  private static final String MIA = "mia.manager@example.com";
  private static final String PAT = "pat.person@example.com";
  private static final String CSV =
      """
      email,name,manager_email,framework,level,level_since,role
      mia.manager@example.com,Mia Manager,,/engineering/backend,4,2023-01-09,member
      pat.person@example.com,Pat Person,mia.manager@example.com,/engineering/backend,2,2024-06-03,member
      """;
  private static final Dimension PHONE = new Dimension(390, 844);

  private static Browser browser;
  private static Path folder;
  private static int shots;
  private final Map<String, String> passwords = new HashMap<>();
  private final SoftAssertions pages = new SoftAssertions();

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:"
                + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
  }

  @BeforeAll
  static void start() throws Exception {
    folder = Files.createTempDirectory("rungs-walk-");
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      Browser.deleteRecursively(folder);
    }
  }

  @Test
  void theReadmeWalkMeetsNoneOfTheDefectsANewUserFound() throws Exception {
    // Sign in as admin, import the README's CSV.
    signIn(ADMIN, accounts.addOrReset(ADMIN, "Administrator", Role.ADMIN).oneTimePassword());
    open("/admin/people/");
    look("people", 200);
    Path csv = folder.resolve("people.csv");
    Files.writeString(csv, CSV, StandardCharsets.UTF_8);
    browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    browser.click(browser.find(By.cssSelector("input[name=dryRun]")));
    clickAndWait(button("Check and import"));
    look("imported", 200);
    assertThat(text("main")).contains("Imported 2 new");

    // 4: New password asks first, and leaves no POST to re-submit.
    passwords.put(PAT, newPassword("Pat Person"));
    open("/admin/people/");
    assertThat(browser.findAll(By.cssSelector("code.one-time-password")))
        .as("a reload shows no password, and makes none")
        .isEmpty();
    passwords.put(MIA, newPassword("Mia Manager"));

    // 5: the admin's links are one menu in the top bar, which keeps to one line at 1280 px.
    open("/admin/people/");
    WebElement menu = browser.find(By.cssSelector("nav.account-links details.admin-menu summary"));
    assertThat(topBarRows()).as("rows of top bar links").isEqualTo(1);
    assertThat(browser.find(By.cssSelector("details.admin-menu")).getDomProperty("open"))
        .isEqualTo("false");
    browser.click(menu);
    browser.screenshotWindow(String.format("walk-%02d-admin-menu-1280", ++shots));
    clickAndWait(
        browser.find(By.xpath("//details[contains(@class,'admin-menu')]//a[.='Organisation']")));
    look("org", 200);
    assertThat(text("main"))
        .contains("Mia Manager", "Headcount", "Ready for the next level")
        .contains("Check-ins overdue (2)");
    clickAndWait(browser.find(By.linkText("Mia Manager's organisation")));
    look("org-part", 200);
    assertThat(text("main h1")).isEqualTo("Mia Manager's organisation");
    assertThat(text("main")).contains("Pat Person");

    // 1 (sub-level): the people list filters by sub-level and says where each person stands.
    open("/admin/people/");
    new Select(browser.find(By.name("sublevel"))).selectByValue("A");
    clickAndWait(browser.find(By.xpath("//form[contains(@class,'people-filter')]//button")));
    look("people-sub-level-a", 200);
    assertThat(browser.url()).contains("sublevel=A");
    assertThat(text("table.people-list")).contains("Pat Person", "2A", "Mia Manager", "4A");
    signOut();

    // 4: a wrong password keeps the email.
    open("/login");
    browser.find(By.id("username")).sendKeys(PAT);
    browser.find(By.id("password")).sendKeys("not my password");
    clickAndWait(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    look("login-wrong-password", 200);
    assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo(PAT);
    signIn(PAT, passwords.get(PAT));
    String patPage = browser.url();
    String pat = patPage.replaceAll(".*/people/(\\d+)/$", "$1");

    // 3: a member opening People gets a Rungs page that says why, with the way back.
    open("/admin/people/");
    look("people-as-member", 403);
    assertThat(text("main h1")).isEqualTo("Not for you");
    assertThat(browser.findAll(By.linkText("Where I stand"))).isNotEmpty();

    // Pat assesses one criterion with a note.
    open("/people/" + pat + "/assess/2/");
    WebElement row = browser.find(By.cssSelector("li.assess-row"));
    String criterion = row.getDomAttribute("id");
    new Select(browser.find(By.id("status-" + criterion))).selectByValue("DEMONSTRATED");
    browser.find(By.id("note-" + criterion)).sendKeys("Ran the on-call rota");
    clickAndWait(browser.find(By.cssSelector("form.assess-form button[type=submit]")));
    look("pat-assessed", 200);

    // 1: Add evidence opens the evidence page with the criterion ticked.
    clickAndWait(browser.find(By.cssSelector("#" + criterion + " a.evidence-add")));
    look("pat-add-evidence", 200);
    assertThat(browser.url()).contains("/evidence/?criterion=");
    assertThat(browser.find(By.cssSelector("input[value='" + criterion + "']")).isSelected())
        .isTrue();
    browser.find(By.id("note")).sendKeys("Led the incident review");
    clickAndWait(button("Add evidence"));

    // 8: one's own view beside the agreed standing.
    open("/me/");
    look("pat-standing-before", 200);
    assertThat(text(".standing-views"))
        .contains("Only statuses agreed at a check-in count")
        .contains("Your own view: 1 of");

    // Pat's steps of the check-in.
    open("/people/" + pat + "/check-ins/");
    clickAndWait(button("Start a check-in"));
    // 4: what waits for Pat is counted in the top bar, on her pages and on the cached ones.
    assertThat(text("nav.account-links")).contains("Waiting for me (1)");
    open("/engineering/backend/levels/2/");
    browser.until(driver -> text("nav.account-links").contains("Pat Person") ? true : null);
    look("pat-level-page", 200);
    assertThat(text("nav.account-links")).contains("Waiting for me (1)");
    open("/people/" + pat + "/check-ins/");
    clickAndWait(button("I have assessed myself"));
    look("pat-check-in-waiting", 200);
    assertThat(text("nav.account-links")).doesNotContain("Waiting for me (");
    signOut();

    // Mia: her team, Pat's notes, the agreement with notes and evidence beside the statuses.
    signIn(MIA, passwords.get(MIA));
    // Her own overdue check-in, and her assessment of Pat.
    assertThat(text("nav.account-links")).contains("Waiting for me (2)");
    open("/team/");
    look("mia-team", 200);
    assertThat(text("table.team")).contains("Mia Manager", "Backend").doesNotContain("0 days ago");
    open("/people/" + pat + "/assess/2/");
    look("mia-assess-pat", 200);
    assertThat(text("#" + criterion)).contains("Ran the on-call rota");
    new Select(browser.find(By.id("status-" + criterion))).selectByValue("DEMONSTRATED");
    clickAndWait(browser.find(By.cssSelector("form.assess-form button[type=submit]")));
    open("/people/" + pat + "/check-ins/");
    clickAndWait(button("I have assessed Pat Person"));
    look("mia-agreeing", 200);
    assertThat(text("table.side-by-side"))
        .contains("Ran the on-call rota", "Led the incident review");
    new Select(browser.find(By.id("target"))).selectByValue("3");
    browser.click(browser.find(By.id("focus-" + criterion)));
    clickAndWait(button("Record the agreement"));
    look("mia-agreed", 200);
    // 12 and 11: one state at a time, and the focus named.
    assertThat(text("main"))
        .contains("Waiting for Pat Person to confirm")
        .doesNotContain("No check-in in progress");
    assertThat(browser.findAll(By.cssSelector("ol.timeline .focus-list li"))).hasSize(1);
    signOut();

    // Pat confirms, and sees the focus on Where I stand.
    signIn(PAT, passwords.get(PAT));
    open("/people/" + pat + "/check-ins/");
    clickAndWait(button("Yes, this is what we agreed"));
    look("pat-confirmed", 200);
    open("/me/");
    look("pat-standing-after", 200);
    assertThat(text("#focus-title")).isEqualTo("Focus criteria");

    pages.assertAll();
  }

  @Test
  void aLevelPagePrintsOnOnePage() throws Exception {
    open("/engineering/backend/levels/2/");
    byte[] pdf = browser.printToPdf();
    Files.write(Path.of("target", "screenshots", "walk-print-level-2.pdf"), pdf);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  // ---- steps ----

  private void signIn(String email, String password) {
    open("/login");
    browser.find(By.id("username")).clear();
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(passwords.getOrDefault("chosen:" + email, password));
    clickAndWait(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
    if (browser.url().endsWith("/me/password")) {
      look("choose-password-" + email.substring(0, email.indexOf('@')), 200);
      String mine = "a passphrase of my own for " + email;
      browser.find(By.id("current")).sendKeys(password);
      browser.find(By.id("password")).sendKeys(mine);
      browser.find(By.id("repeat")).sendKeys(mine);
      clickAndWait(button("Change password"));
      passwords.put("chosen:" + email, mine);
      open("/me/");
    }
    if (browser.url().endsWith("/me/inbox/")) {
      // Sign-in lands on "Waiting for me" when something waits; the walk goes on from where the
      // person stands.
      look("inbox-" + email.substring(0, email.indexOf('@')), 200);
      open("/me/");
    }
    browser.waitForUrl(".*/people/\\d+/$");
  }

  private void signOut() {
    clickAndWait(browser.find(By.cssSelector("form.sign-out button[type=submit]")));
  }

  private String newPassword(String name) {
    open("/admin/people/");
    WebElement row =
        browser.find(
            By.xpath("//table[contains(@class,'team')]//tr[th[normalize-space()='" + name + "']]"));
    clickAndWait(row.findElement(By.xpath(".//a[normalize-space()='New password']")));
    look("new-password-" + name.replace(' ', '-'), 200);
    clickAndWait(button("Make a one-time password"));
    assertThat(browser.url()).endsWith("/admin/people/#issued");
    look("password-issued-" + name.replace(' ', '-'), 200);
    return browser.find(By.cssSelector("code.one-time-password")).getText();
  }

  // ---- looking ----

  private void open(String path) {
    browser.open("http://localhost:" + port + path);
  }

  private static void clickAndWait(WebElement element) {
    WebElement html = browser.find(By.tagName("html"));
    browser.click(element);
    browser.until(driver -> isGone(html));
    browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException gone) {
      return true;
    }
  }

  /**
   * The page just loaded: its status, no error page, both screenshots, no sideways scrolling at
   * phone width, and no axe-core violations (collected, so one page does not hide the next).
   */
  private void look(String name, int status) {
    String shot = String.format("walk-%02d-%s", ++shots, name);
    Object responseStatus =
        browser.script(
            "const nav = performance.getEntriesByType('navigation')[0];"
                + " return nav ? nav.responseStatus : null;");
    assertThat(responseStatus).as("status of %s", browser.url()).isEqualTo((long) status);
    assertThat(browser.find(By.tagName("html")).getDomProperty("outerHTML"))
        .as(browser.url())
        .doesNotContain("Whitelabel", "Exception", "\tat org.");
    browser.screenshotPage(shot + "-1280");
    pages.assertThat(Axe.violations(browser)).as("axe-core on %s", browser.url()).isEmpty();
    try {
      browser.resize(PHONE);
      browser.screenshotPage(shot + "-390");
      pages
          .assertThat(browser.script("return document.documentElement.scrollWidth"))
          .as("%s needs no sideways scrolling at 390 px", browser.url())
          .isEqualTo(390L);
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }

  /** How many rows the top bar's links take: 1 when none wraps. */
  private static int topBarRows() {
    Object rows =
        browser.script(
            "return new Set([...document.querySelectorAll('nav.account-links > a,"
                + " nav.account-links > details > summary, nav.account-links .account-name')]"
                + ".map(e => Math.round(e.getBoundingClientRect().top))).size;");
    return ((Number) rows).intValue();
  }

  private static WebElement button(String label) {
    return browser.find(By.xpath("//main//button[normalize-space()=\"" + label + "\"]"));
  }

  private static String text(String css) {
    return browser.find(By.cssSelector(css)).getText();
  }
}
