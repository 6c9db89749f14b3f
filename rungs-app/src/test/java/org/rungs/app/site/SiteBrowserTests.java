package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.SeedAndExamples;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Walks the live site in a real browser, the way a person reading their framework would, and checks
 * what they would see. Each test opens the pages it needs, so any one can run alone; they run in
 * the order of the walk so that the screenshots in {@code target/screenshots} read as one.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteBrowserTests {

  private static final String DEVOPS = "/engineering/devOps/";
  private static final String EXAMPLE_CRITERION =
      "Understands network infrastructure elements and how they connect together";
  private static final String INHERITED_LABEL = "From the generic framework";

  /** The seed (mis-encoded, as it was found) next to the example frameworks it inherits from. */
  private static final Path FRAMEWORKS = frameworks();

  private static Browser browser;

  @LocalServerPort int port;

  private static Path frameworks() {
    return SeedAndExamples.folder("rungs-site-frameworks-");
  }

  @DynamicPropertySource
  static void frameworksFolder(DynamicPropertyRegistry registry) {
    registry.add("rungs.frameworks.directory", FRAMEWORKS::toString);
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
      Browser.deleteRecursively(FRAMEWORKS);
    }
  }

  @Test
  @Order(1)
  void homeListsDevOpsUnderEngineeringWithItsRepairedEmoji() {
    open("/");
    browser.screenshotPage("01-home");

    WebElement engineering =
        browser.find(
            By.xpath(
                "//nav[@id='sidebar']//details[contains(@class,'sidebar-group')]"
                    + "[normalize-space(summary)='Engineering']"));
    WebElement devops = engineering.findElement(By.xpath(".//a[contains(., 'DevOps')]"));
    assertThat(devops.isDisplayed()).isTrue();
    // The seed's file has the icon mis-encoded as "‚ôæÔ∏è"; people must see the emoji.
    assertThat(devops.findElement(By.cssSelector(".icon")).getText()).isEqualTo("♾️");
    assertThat(devops.getText()).endsWith("DevOps");

    List<String> sidebar = texts(browser.findAll(By.cssSelector("#sidebar .sidebar-list a")));
    assertThat(sidebar).isNotEmpty().noneMatch(label -> label.contains("Generic"));
    assertThat(browser.findAll(By.cssSelector("#sidebar a")))
        .extracting(link -> link.getDomProperty("href"))
        .noneMatch(href -> href.endsWith("/generic/"));
  }

  @Test
  @Order(2)
  void sidebarLinkOpensTheFrameworkPageWithItsBody() {
    open("/");
    browser.click(browser.find(By.xpath("//nav[@id='sidebar']//a[contains(., 'DevOps')]")));
    browser.waitForUrl(".*" + DEVOPS + "$");
    browser.screenshotPage("02-framework");

    assertThat(browser.visible(By.cssSelector("main h1")).getText())
        .isEqualTo("♾️ DevOps Engineering Framework");
    WebElement awsTable =
        browser.find(
            By.xpath("//article[contains(@class,'prose')]//table[contains(., 'CloudWatch')]"));
    assertThat(awsTable.isDisplayed()).isTrue();
    assertThat(awsTable.findElements(By.cssSelector("tr"))).hasSizeGreaterThan(1);
  }

  @Test
  @Order(3)
  void levelOneHidesExamplesUntilAskedAndCanExpandThemAll() {
    open(DEVOPS);
    browser.click(browser.find(By.cssSelector("nav.level-picker a[aria-label='Level 1']")));
    browser.waitForUrl(".*" + DEVOPS + "levels/1/$");
    browser.screenshotPage("03-level-1");

    assertThat(browser.url()).endsWith("/engineering/devOps/levels/1/");
    assertThat(browser.find(By.cssSelector("nav.level-picker a[aria-current='page']")).getText())
        .isEqualTo("1");
    assertThat(cardTitles()).contains("🛠️ Mastery");

    WebElement criterion =
        browser.find(
            By.xpath(
                "//section[contains(@class,'card')][h3='🛠️ Mastery']"
                    + "//li[contains(@class,'criterion')]"
                    + "[.//span[@class='criterion-text']='"
                    + EXAMPLE_CRITERION
                    + "']"));
    WebElement details = criterion.findElement(By.cssSelector("details.examples"));
    WebElement dmz = details.findElement(By.xpath(".//li[normalize-space()='DMZ']"));
    assertThat(details.getDomProperty("open")).isEqualTo("false");
    assertThat(dmz.isDisplayed()).as("DMZ before the examples are opened").isFalse();

    browser.click(details.findElement(By.tagName("summary")));
    browser.until(driver -> dmz.isDisplayed());
    assertThat(
            details
                .findElement(By.xpath(".//li[normalize-space()='Load balancers']"))
                .isDisplayed())
        .isTrue();
    browser.script("arguments[0].scrollIntoView({block: 'center'})", details);
    browser.screenshotWindow("04-example-open");

    WebElement expandAll = browser.visible(By.cssSelector(".expand-all"));
    assertThat(expandAll.getText()).isEqualTo("Expand all examples");
    browser.click(expandAll);
    List<WebElement> allExamples = browser.findAll(By.cssSelector("details.examples"));
    assertThat(allExamples)
        .isNotEmpty()
        .allSatisfy(example -> assertThat(example.getDomProperty("open")).isEqualTo("true"));
    assertThat(expandAll.getText()).isEqualTo("Collapse all examples");
  }

  @Test
  @Order(4)
  void seedLeadershipCriteriaAppearFromLevelThreeUnderTheGenericTitle() {
    open(DEVOPS + "levels/3/");
    // A topic named like a /generic topic takes the generic title, as on Monzo's site: the seed's
    // "leadership" shows as the example generic's "🧭 Leadership", with its own criteria first.
    assertThat(cardTitles())
        .as("topic cards at level 3")
        .containsExactly(
            "💬 Communication & feedback",
            "💥 Impact",
            "🛠️ Mastery",
            "🧭 Leadership",
            "✨ Influence");
    assertThat(browser.find(By.tagName("main")).getText())
        .contains("Onboards / mentors new engineers");

    open(DEVOPS + "levels/1/");
    assertThat(browser.find(By.tagName("main")).getText())
        .as("the seed's own leadership criteria start at level 3")
        .doesNotContain("Onboards / mentors new engineers");
  }

  @Test
  @Order(5)
  void sharedCriteriaAreLabelledAsFromTheGenericFramework() {
    open(DEVOPS + "levels/1/");

    WebElement communication =
        browser.find(By.cssSelector("section.card[aria-labelledby='topic-communication']"));
    assertThat(communication.findElement(By.tagName("h3")).getText())
        .isEqualTo("💬 Communication & feedback");
    // The label is styled in capitals; compare the words, not the case.
    assertThat(communication.findElement(By.cssSelector(".inherited-label")).getText())
        .isEqualToIgnoringCase(INHERITED_LABEL);
    assertThat(communication.findElements(By.cssSelector("ul.criteria.inherited li.criterion")))
        .isNotEmpty()
        .allSatisfy(inherited -> assertThat(inherited.isDisplayed()).isTrue());
  }

  @Test
  @Order(6)
  void levelThreeLinksToWhatChangesFromTwo() {
    open(DEVOPS + "levels/3/");
    browser.click(browser.find(By.linkText("What changes from 2 to 3")));
    browser.waitForUrl(".*" + DEVOPS + "compare/2/3/$");
    browser.screenshotPage("05-compare-2-3");

    assertThat(browser.find(By.cssSelector("h2.level-title")).getText())
        .isEqualTo("From level 2 to level 3");
    // Styled in capitals; compare the words, not the case.
    assertThat(texts(browser.findAll(By.cssSelector("h4.change-added"))))
        .isNotEmpty()
        .allMatch("New at level 3"::equalsIgnoreCase);
    assertThat(browser.findAll(By.cssSelector("li.criterion.added")))
        .isNotEmpty()
        .allSatisfy(added -> assertThat(added.isDisplayed()).isTrue());
  }

  @Test
  @Order(7)
  void searchFindsDockerAndLeadsToTheCriterion() {
    open("/");
    WebElement box = browser.visible(By.id("search-box"));
    box.sendKeys("docker", Keys.ENTER);
    browser.waitForUrl(".*/search/\\?q=docker$");
    browser.screenshotPage("06-search");

    List<WebElement> results = browser.findAll(By.cssSelector("ol.results li.result a"));
    assertThat(results).isNotEmpty();
    assertThat(results.get(0).getText()).containsIgnoringCase("docker");
    String href = results.get(0).getDomProperty("href");
    assertThat(href).matches(".*/levels/\\d+/#[\\w-]+$");
    String id = href.substring(href.indexOf('#') + 1);

    browser.click(results.get(0));
    browser.waitForUrl(".*/levels/\\d+/#" + id + "$");
    browser.screenshotWindow("07-search-result");

    WebElement criterion = browser.find(By.id(id));
    assertThat(criterion.getText()).containsIgnoringCase("docker");
    assertThat(browser.script("return document.querySelector(':target')?.id")).isEqualTo(id);
  }

  @Test
  @Order(8)
  void matrixShowsEveryLevelSideBySide() {
    open(DEVOPS);
    browser.click(browser.find(By.linkText("All levels")));
    browser.waitForUrl(".*" + DEVOPS + "matrix/$");
    browser.screenshotPage("08-matrix");

    WebElement matrix = browser.visible(By.cssSelector("table.matrix"));
    assertThat(texts(matrix.findElements(By.cssSelector("thead th"))))
        .containsExactly("Topic", "Level 1", "Level 2", "Level 3", "Level 4");
    assertThat(texts(matrix.findElements(By.cssSelector("tbody th[scope='row']"))))
        .contains("💬 Communication & feedback", "🛠️ Mastery");
    assertThat(matrix.findElements(By.cssSelector("tbody tr")))
        .allSatisfy(row -> assertThat(row.findElements(By.tagName("td"))).hasSize(4));
  }

  @Test
  @Order(9)
  void onAPhoneTheSidebarOpensFromTheMenuButton() {
    try {
      browser.resize(new Dimension(390, 844));
      open(DEVOPS + "levels/1/");
      assertThat(browser.script("return window.innerWidth"))
          .isInstanceOfSatisfying(
              Number.class, width -> assertThat(width.intValue()).isLessThanOrEqualTo(820));

      WebElement menu = browser.visible(By.cssSelector("button.menu-button"));
      WebElement sidebar = browser.find(By.id("sidebar"));
      assertThat(menu.getText()).isEqualTo("Menu");
      assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
      assertThat(sidebar.isDisplayed()).isFalse();
      browser.screenshotWindow("09-phone-level");

      browser.click(menu);
      browser.until(driver -> sidebar.isDisplayed());
      assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");
      assertThat(sidebar.findElement(By.xpath(".//a[contains(., 'DevOps')]")).isDisplayed())
          .isTrue();
      browser.screenshotWindow("10-phone-menu");
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }

  @Test
  @Order(10)
  void darkModeFollowsTheSystem() {
    try {
      browser.prefersDark(true);
      open(DEVOPS + "levels/3/");
      browser.screenshotWindow("11-dark-level");

      // --bg in the stylesheet's dark palette.
      assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
          .isEqualTo("rgb(15, 19, 24)");
    } finally {
      browser.prefersDark(false);
    }
  }

  @Test
  @Order(11)
  void criteriaReadAsTextWithoutRawMarkdown() {
    open("/");
    List<String> frameworkPages = new ArrayList<>();
    for (WebElement link : browser.findAll(By.cssSelector("#sidebar .sidebar-list a"))) {
      frameworkPages.add(link.getDomProperty("href"));
    }
    assertThat(frameworkPages).hasSizeGreaterThan(1);

    int levelPages = 0;
    for (String frameworkPage : frameworkPages) {
      // Start at level 1 rather than the framework page: one page load fewer per framework, and
      // a framework without levels shows no level picker there either.
      browser.open(frameworkPage + "levels/1/");
      List<String> levels = new ArrayList<>();
      for (WebElement level : browser.findAll(By.cssSelector("nav.level-picker ol a"))) {
        levels.add(level.getDomProperty("href"));
      }
      for (String level : levels) {
        if (!browser.url().equals(level)) {
          browser.open(level);
        }
        levelPages++;
        // One round trip per page, since reading each criterion through WebDriver takes seconds
        // a page. The examples are opened first, as "Expand all examples" does: Chromium renders
        // no text inside closed details, so innerText (the text as shown) would be empty there.
        @SuppressWarnings("unchecked")
        List<String> texts =
            (List<String>)
                browser.script(
                    "document.querySelectorAll('details.examples')"
                        + ".forEach(d => d.open = true);"
                        + "return Array.from(document.querySelectorAll("
                        + "'li.criterion .criterion-text, details.examples li'),"
                        + " e => e.innerText);");
        assertThat(texts).as("criteria on %s", level).isNotEmpty();
        for (String text : texts) {
          assertThat(text)
              .as("criterion text on %s", level)
              .isNotBlank()
              .doesNotContain("**", "](", "`")
              // Mojibake such as ‚Äô or Ô∏è: the repair on load must reach every criterion.
              .doesNotContain("‚Ä", "Ô∏", "â€");
        }
      }
    }
    assertThat(levelPages).isGreaterThanOrEqualTo(4);
  }

  private void open(String sitePath) {
    browser.open("http://localhost:" + port + sitePath);
  }

  private static List<String> cardTitles() {
    return texts(browser.findAll(By.cssSelector("section.card h3")));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
