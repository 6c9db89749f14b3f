package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10's defect 7 done as issue 14 asks: a framework page is one cached page for everyone, and
 * the top bar's account area is filled in for the signed-in person by {@code rungs.js} from {@code
 * GET /me/header}. Screenshots: {@code target/screenshots/account-links-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountLinksBrowserTests {

  private static final String DATABASE =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static final String LEVEL_PAGE = "/engineering/backend/levels/3/";

  @LocalServerPort int port;

  @Autowired Accounts accounts;

  private Browser browser;

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  @BeforeEach
  void startBrowser() throws IOException {
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  @Test
  void anonymousVisitorSeesSignInOnALevelPage() {
    browser.open(url(LEVEL_PAGE));
    WebElement signIn = browser.visible(By.cssSelector("nav.account-links a.sign-in"));
    assertThat(signIn.getText()).isEqualTo("Sign in");
    assertThat(browser.findAll(By.cssSelector("nav.account-links .account-name"))).isEmpty();
    assertThat(browser.findAll(By.cssSelector("nav.account-links form.sign-out"))).isEmpty();
    browser.screenshotWindow("account-links-anonymous");

    browser.click(signIn);
    browser.waitForUrl(".*/login$");
  }

  @Test
  void signedInAdminSeesTheirNameSignOutAndPeopleOnACachedLevelPage() throws Exception {
    signIn("ada.admin@example.com", "Ada Admin", Role.ADMIN);
    browser.open(url(LEVEL_PAGE));

    WebElement name = browser.visible(By.cssSelector("nav.account-links .account-name"));
    assertThat(name.getText()).isEqualTo("Ada Admin");
    assertThat(accountLinks()).contains("Where I stand", "My team", "Sign out");
    // The admin's links are in one menu, closed until opened.
    WebElement admin = browser.find(By.cssSelector("nav.account-links details.admin-menu summary"));
    assertThat(admin.getText()).isEqualTo("Admin");
    assertThat(browser.find(By.xpath("//nav[@class='account-links']//a[.='People']")).isDisplayed())
        .isFalse();
    browser.click(admin);
    assertThat(accountLinks()).contains("People", "Organisation", "Pay", "Personal data");
    assertThat(accountLinks()).doesNotContain("Sign in");
    browser.screenshotWindow("account-links-admin");
    browser.resize(new Dimension(390, 844));
    browser.screenshotWindow("account-links-admin-phone");
    assertThat(
            browser.script(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isEqualTo(true);
    browser.resize(Browser.DESKTOP);

    // The links are relative to the level page, like every other link on it.
    browser.click(browser.find(By.xpath("//nav[@class='account-links']//a[.='People']")));
    browser.waitForUrl(".*/admin/people/$");

    // The page itself is the one everyone gets, byte for byte.
    String signedInBytes =
        (String)
            browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.text()).then(done);",
                url(LEVEL_PAGE));
    assertThat(signedInBytes).isEqualTo(anonymousBytes(LEVEL_PAGE)).doesNotContain("Ada Admin");
  }

  @Test
  void signedInMemberSeesTheirNameAndSignOutButNotPeople() {
    signIn("mo.member@example.com", "Mo Member", Role.MEMBER);
    browser.open(url("/engineering/backend/matrix/"));

    WebElement name = browser.visible(By.cssSelector("nav.account-links .account-name"));
    assertThat(name.getText()).isEqualTo("Mo Member");
    assertThat(accountLinks()).contains("Sign out").doesNotContain("People", "Sign in");

    browser.click(browser.find(By.cssSelector("nav.account-links button[type=submit]")));
    browser.waitForUrl(".*:" + port + "/$");
    browser.open(url(LEVEL_PAGE));
    assertThat(browser.visible(By.cssSelector("nav.account-links a.sign-in")).getText())
        .as("signed out")
        .isEqualTo("Sign in");
  }

  @Test
  void theAdminMenuWorksFromTheKeyboardAndTheTopBarKeepsToOneLineAt1280() throws Exception {
    signIn("kay.admin@example.com", "Kay Admin", Role.ADMIN);
    browser.open(url("/admin/people/"));

    // Every link of the top bar on one line: the bar is as tall as one of its links and more.
    Object lines =
        browser.script(
            "const tops = new Set([...document.querySelectorAll("
                + "'nav.account-links > a, nav.account-links > details > summary,"
                + " nav.account-links .account-name')].map(e => Math.round("
                + "e.getBoundingClientRect().top))); return tops.size;");
    assertThat(lines).as("rows of top bar links at 1280 px").isEqualTo(1L);

    // Tab to the menu, open it with Enter, and reach its first link with Tab.
    WebElement summary =
        browser.find(By.cssSelector("nav.account-links details.admin-menu summary"));
    browser.script("arguments[0].focus()", summary);
    summary.sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("details.admin-menu")).getDomProperty("open"))
        .isEqualTo("true");
    browser.screenshotWindow("account-links-admin-menu-open");
    summary.sendKeys(Keys.TAB);
    assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("People");
    // Escape closes it and gives the focus back to the menu's button.
    browser
        .find(By.xpath("//details[contains(@class,'admin-menu')]//a[.='People']"))
        .sendKeys(Keys.ESCAPE);
    assertThat(browser.find(By.cssSelector("details.admin-menu")).getDomProperty("open"))
        .isEqualTo("false");
    assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("SUMMARY");

    browser.resize(new Dimension(390, 844));
    browser.click(browser.find(By.cssSelector("details.admin-menu summary")));
    browser.screenshotWindow("account-links-admin-menu-open-phone");
    assertThat(
            browser.script(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"))
        .as("no sideways scrolling at 390 px")
        .isEqualTo(true);
    browser.resize(Browser.DESKTOP);
  }

  @Test
  void theAccountAnswerIsNeverStoredAndIsEmptyForAnonymousVisitors() throws Exception {
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/me/header?from=/"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(204);
    assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session made").isEmpty();
  }

  /** Signs in with a one-time password and replaces it, as everyone must first. */
  private void signIn(String email, String name, Role role) {
    String oneTime = accounts.addOrReset(email, name, role).oneTimePassword();
    browser.signInReplacing(url(""), email, oneTime);
  }

  private List<String> accountLinks() {
    return browser.findAll(By.cssSelector("nav.account-links a, nav.account-links button")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String anonymousBytes(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url(path))).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
