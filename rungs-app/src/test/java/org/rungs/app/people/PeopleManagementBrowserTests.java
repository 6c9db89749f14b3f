package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Axe;
import org.rungs.app.testing.Browser;
import org.rungs.framework.Criterion;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The people team's day in a real browser: an admin adds a person, is refused a reporting loop with
 * the reason and what they typed, records a promotion, deactivates someone and finds them again in
 * the filtered list; then the organisation overview and a person's history. Every page is looked at
 * at 1280 and 390 px ({@code target/screenshots/manage-*.png}) and passes axe-core.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleManagementBrowserTests {

  private static final String DATABASE =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  private static final String PASSWORD = "a long passphrase for the people team";

  @LocalServerPort int port;
  @Autowired PersonRepository people;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired org.rungs.app.frameworks.FrameworkLibrary frameworks;

  private Browser browser;
  private int shots;
  private long mia;
  private long pat;
  private long newcomer;

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  @BeforeAll
  void organisation() throws Exception {
    browser = Browser.start(Path.of("target", "screenshots"));
    String hash = passwords.encode(PASSWORD);
    add("people.team@example.com", "Petra People", null, null, Role.ADMIN, hash);
    long head = add("hugo.head@example.com", "Hugo Head", null, 5, Role.MEMBER, null);
    mia = add("mia.manager@example.com", "Mia Manager", head, 4, Role.MEMBER, null);
    pat = add("pat.person@example.com", "Pat Person", mia, 2, Role.MEMBER, null);
    add("sam.sibling@example.com", "Sam Sibling", mia, 3, Role.MEMBER, null);
    agreeTwoCheckIns();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void anAdminFiltersThePeopleList() {
    signIn("people.team@example.com");
    open("/admin/people/");
    look("people-list", 200);
    assertThat(text("main")).contains("Everyone (6)");

    new Select(browser.find(By.name("team"))).selectByVisibleText("Mia Manager");
    submit(browser.find(By.cssSelector("form.people-filter button")));
    look("people-team-of-mia", 200);
    assertThat(rows()).containsExactly("Pat Person", "Sam Sibling");
  }

  @Test
  @Order(2)
  void anAdminAddsAPerson() {
    open("/admin/people/");
    submit(browser.find(By.linkText("Add a person")));
    look("person-new", 200);
    browser.find(By.id("name")).sendKeys("Nora Newcomer");
    browser.find(By.id("email")).sendKeys("nora.newcomer@example.com");
    browser.find(By.id("managerEmail")).sendKeys("mia.manager@example.com");
    new Select(browser.find(By.id("framework"))).selectByVisibleText("/engineering/backend");
    browser.find(By.id("level")).sendKeys("1");
    submit(button("Add"));

    look("person-added", 200);
    assertThat(text("p.callout[role=status]")).startsWith("Added.");
    assertThat(text("main h1")).isEqualTo("Nora Newcomer");
    assertThat(text("ol.level-history")).contains("Level 1 in /engineering/backend");
    newcomer = Long.parseLong(browser.url().replaceAll(".*/admin/people/(\\d+)/.*", "$1"));
  }

  @Test
  @Order(3)
  void aReportingLoopIsRefusedWithTheReasonAndWhatWasTyped() {
    open("/admin/people/" + mia + "/");
    WebElement manager = browser.find(By.id("managerEmail"));
    manager.clear();
    manager.sendKeys("pat.person@example.com");
    WebElement name = browser.find(By.id("name"));
    name.clear();
    name.sendKeys("Mia M. Manager");
    submit(button("Save"));

    look("person-loop-refused", 400);
    assertThat(text("#manager-error"))
        .contains("Pat Person reports to Mia Manager")
        .contains("loop");
    assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo("Mia M. Manager");
    assertThat(browser.find(By.id("managerEmail")).getDomProperty("value"))
        .isEqualTo("pat.person@example.com");
  }

  @Test
  @Order(4)
  void anAdminRecordsAPromotion() {
    open("/admin/people/" + pat + "/");
    browser.find(By.id("promotion-note")).sendKeys("Led the payments migration");
    submit(button("Record promotion"));

    look("person-promoted", 200);
    assertThat(text("p.callout[role=status]")).isEqualTo("Promotion recorded.");
    assertThat(text("ol.level-history"))
        .contains("Level 3 in /engineering/backend")
        .contains("recorded by Petra People: Led the payments migration");
  }

  @Test
  @Order(5)
  void aDeactivatedPersonLeavesTheListAndComesBackUnderDeactivated() {
    open("/admin/people/" + newcomer + "/");
    submit(button("Deactivate Nora Newcomer"));
    look("person-deactivated", 200);
    assertThat(text("p.callout[role=status]")).startsWith("Deactivated");

    open("/admin/people/?q=nora");
    assertThat(text("main")).contains("Nobody matches");
    open("/admin/people/?q=nora&status=deactivated");
    look("people-deactivated", 200);
    assertThat(rows()).containsExactly("Nora Newcomer");
  }

  @Test
  @Order(6)
  void theOrganisationOverviewShowsTheTreeAndTheCounts() {
    open("/org/");
    look("org-overview", 200);
    assertThat(text("main h1")).isEqualTo("Everyone");
    assertThat(text("section.org-tree"))
        .contains("Hugo Head")
        .contains("Hugo Head's organisation (3 people)");
    assertThat(text("table.headcount")).contains("/engineering/backend");
    // Each manager's part of the tree is a page of its own, 50 people at a time.
    browser.click(browser.find(By.linkText("Mia Manager's organisation")));
    look("org-part", 200);
    assertThat(text("section.org-tree")).contains("Who reports to Mia Manager");
    assertThat(browser.find(By.linkText("Pat Person")).isDisplayed()).isTrue();
    // A name opens where that person stands.
    browser.click(browser.find(By.linkText("Pat Person")));
    assertThat(text("main h1")).contains("Pat Person");
  }

  @Test
  @Order(7)
  void aPersonsHistoryShowsTheStandingOverTimeAndOpensPastCheckIns() {
    open("/people/" + pat + "/history/");
    look("history", 200);
    assertThat(browser.findAll(By.cssSelector("svg.standing-chart circle"))).hasSize(2);
    assertThat(text("main")).contains("Led the payments migration");

    open("/people/" + pat + "/check-ins/");
    submit(browser.findAll(By.cssSelector("ol.timeline li a")).get(0));
    look("check-in-past", 200);
    assertThat(text("main")).contains("What was agreed").contains("Statuses agreed");
  }

  // ---- The organisation and its check-ins ----

  private long add(
      String email, String name, Long manager, Integer level, Role role, String passwordHash) {
    return people.insert(
        new PersonRepository.NewPerson(
            email,
            name,
            manager,
            level == null ? null : "/engineering/backend",
            level,
            null,
            role,
            List.of(),
            passwordHash));
  }

  /** Two agreed check-ins of Pat's through the API: one criterion, then most of level 2. */
  private void agreeTwoCheckIns() throws Exception {
    String patToken = accounts.newToken(people.findById(pat).orElseThrow());
    String miaToken = accounts.newToken(people.findById(mia).orElseThrow());
    List<Criterion> levelTwo =
        frameworks.current().set().find("/engineering/backend").orElseThrow().topics().stream()
            .flatMap(topic -> topic.criteriaAt(2).stream())
            .toList();
    for (int round = 1; round <= 2; round++) {
      StringBuilder statuses = new StringBuilder("{");
      for (int i = 0; i < (round == 1 ? 1 : levelTwo.size() * 3 / 4); i++) {
        statuses
            .append(i == 0 ? "" : ",")
            .append('"')
            .append(levelTwo.get(i).id().value())
            .append("\":\"demonstrated\"");
      }
      String base = "/api/v1/people/" + pat + "/check-ins";
      String started = call(base, patToken, "");
      long id = Long.parseLong(started.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
      call(base + "/" + id + "/step", patToken, "{\"version\":0}");
      call(base + "/" + id + "/step", miaToken, "{\"version\":1}");
      call(
          base + "/" + id + "/agreement",
          miaToken,
          "{\"statuses\":"
              + statuses
              + "},\"targetLevel\":3,\"focus\":[\""
              + levelTwo.get(round).id().value()
              + "\"],\"summary\":\"Round "
              + round
              + "\",\"version\":2}");
    }
  }

  private String call(String path, String token, String json) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
    return response.body();
  }

  // ---- Looking at pages ----

  private void signIn(String email) {
    open("/login");
    browser.find(By.id("username")).sendKeys(email);
    browser.find(By.id("password")).sendKeys(PASSWORD);
    submit(browser.find(By.cssSelector("form.sign-in button[type=submit]")));
  }

  private void open(String path) {
    browser.open("http://localhost:" + port + path);
  }

  private void submit(WebElement element) {
    WebElement html = browser.find(By.tagName("html"));
    browser.click(element);
    browser.until(
        driver -> {
          try {
            html.isDisplayed();
            return false;
          } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
          } catch (org.openqa.selenium.WebDriverException e) {
            return true;
          }
        });
    browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
  }

  /**
   * Checks the status, takes screenshots at desktop and phone width, and runs axe-core: no WCAG A
   * or AA violation, no sideways scrolling at 390 px.
   */
  private void look(String name, int status) {
    Object responseStatus =
        browser.script(
            "const nav = performance.getEntriesByType('navigation')[0];"
                + " return nav ? nav.responseStatus : null;");
    assertThat(responseStatus).as("HTTP status of %s", browser.url()).isEqualTo((long) status);
    String shot = String.format("manage-%02d-%s", ++shots, name);
    browser.screenshotPage(shot);
    try {
      browser.resize(new Dimension(390, 844));
      browser.screenshotPage(shot + "-phone");
      assertThat(browser.script("return document.documentElement.scrollWidth <= 390"))
          .as("%s fits a phone's width", browser.url())
          .isEqualTo(true);
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    assertThat(Axe.violations(browser)).as("axe-core on %s", browser.url()).isEmpty();
  }

  private WebElement button(String label) {
    return browser.find(By.xpath("//main//button[normalize-space()=\"" + label + "\"]"));
  }

  private String text(String css) {
    return browser.find(By.cssSelector(css)).getText();
  }

  private List<String> rows() {
    return browser.findAll(By.cssSelector("table.people-list tbody th a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
