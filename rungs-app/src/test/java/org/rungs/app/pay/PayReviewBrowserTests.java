package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.Axe;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A pay review round walked in a real browser: an admin opens it, the manager raises a report's
 * raise with a reason within the budget and is refused over it, the admin approves and closes the
 * round, and the person's My pay shows the new salary. Every page at 1280 and 390 px, checked by
 * axe-core; screenshots in {@code target/screenshots/pay-review-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayReviewBrowserTests extends TestOrganisation {

  private static final Dimension PHONE = new Dimension(390, 900);
  private static Browser browser;

  @Autowired PayFiles files;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.h2();
    registry.add("spring.datasource.url", () -> url);
  }

  @BeforeAll
  void payAndBrowser() throws IOException {
    BackendBand.importInto(files);
    StringBuilder csv = new StringBuilder("email,effective_from,reason,currency,base_salary\n");
    csv.append("dev@example.com,2025-02-01,hire,GBP,47500\n");
    csv.append("outsider@example.com,2025-02-01,hire,GBP,58000\n");
    for (int i = 1; i <= 3; i++) {
      String email = "dev" + i + "@example.com";
      add(email, "Dev Number " + i, lead, 2, Role.MEMBER);
      csv.append(email).append(",2025-02-01,hire,GBP,").append(43000 + i * 3000).append('\n');
    }
    assertThat(files.importPay(null, csv.toString(), false).problems()).isEmpty();
    browser = Browser.start(Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAdminOpensAManagerProposesAnAdminApprovesAndMyPayShowsTheRaise() {
    // The admin opens a round whose raises take effect today, with the default matrix.
    signIn("people@example.com");
    look("/team/pay-reviews/", "rounds");
    browser.find(By.id("round-name")).sendKeys("Spring review");
    browser.script(
        "arguments[0].value = arguments[1]",
        browser.find(By.id("round-date")),
        LocalDate.now().toString());
    browser.find(By.xpath("//button[normalize-space()='Open the round']")).click();
    browser.waitForUrl(".*/team/pay-reviews/\\d+/$");
    String round = browser.url().replaceAll(".*/team/pay-reviews/(\\d+)/$", "$1");
    String page = "/team/pay-reviews/" + round + "/";
    look(page, "round-admin");
    assertThat(main()).contains("Dee Dev", "£47,500", "Oona Outsider");

    // The manager sees their reports' raises in percent and no salary.
    signIn("lead@example.com");
    look(page, "round-manager");
    assertThat(main()).contains("Dee Dev", "Dev Number 1").doesNotContain("£", "47,500", "Oona");
    // 47,500 is in the band's first quarter; no criterion agreed is sub-level A: 3%.
    assertThat(browser.find(By.id("percent-" + dev)).getDomProperty("value")).isEqualTo("3.0");
    raise("3.5", "Leads the on-call rota");
    browser.waitForUrl(".*#raise-" + dev + "$");
    assertThat(browser.find(By.id("percent-" + dev)).getDomProperty("value")).isEqualTo("3.5");
    raise("25", "Retention");
    assertThat(browser.find(By.cssSelector("#raise-" + dev + " .form-error")).getText())
        .contains("would use", "% of the budget");
    // What was typed stays, to correct rather than type again.
    assertThat(browser.find(By.id("percent-" + dev)).getDomProperty("value")).isEqualTo("25");
    browser.screenshotPage("pay-review-over-budget-1280");
    assertThat(Axe.violations(browser)).as("axe-core on the refusal").isEmpty();

    // The admin approves the raise and closes the round.
    signIn("people@example.com");
    browser.open("http://localhost:" + port + page);
    browser.find(By.cssSelector("button[aria-label=\"Approve Dee Dev's raise\"]")).click();
    browser.waitForUrl(".*#raise-" + dev + "$");
    browser.find(By.xpath("//button[normalize-space()='Close the round']")).click();
    browser.waitForUrl(".*/team/pay-reviews/" + round + "/$");
    look(page, "round-closed");
    // Only the approved raise was paid: £1,663 of the budget; the others were left out.
    assertThat(main()).contains("closed", "£1,663 of £7,575", "Left out");

    // Dee's own pay: 47,500 raised by 3.5%, from today, with the review as the reason.
    signIn("dev@example.com");
    look("/people/" + dev + "/pay/", "my-pay-after");
    assertThat(main()).contains("£49,163", "review: Spring review");
  }

  private void raise(String percent, String reason) {
    WebElement field = browser.find(By.id("percent-" + dev));
    field.clear();
    field.sendKeys(percent);
    WebElement why = browser.find(By.id("reason-" + dev));
    why.clear();
    why.sendKeys(reason);
    WebElement save = browser.find(By.cssSelector("#raise-" + dev + " button[type=submit]"));
    save.click();
    // The answer is a new page: wait until the one the form was on has gone.
    browser.until(
        driver -> {
          try {
            save.isEnabled();
            return false;
          } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
          }
        });
    browser.until(driver -> driver.findElement(By.tagName("h1")).isDisplayed());
  }

  private String main() {
    return browser.find(By.tagName("main")).getText();
  }

  private void signIn(String email) {
    String password =
        accounts
            .addOrReset(email, null, people.findByEmail(email).orElseThrow().role())
            .oneTimePassword();
    browser.signInReplacing("http://localhost:" + port, email, password);
  }

  /** Opens a page, saves it at desktop and phone width, and fails on any axe-core violation. */
  private void look(String path, String name) {
    browser.resize(Browser.DESKTOP);
    browser.open("http://localhost:" + port + path);
    assertThat(browser.find(By.tagName("html")).getDomProperty("outerHTML"))
        .as(path)
        .doesNotContain("Whitelabel", "Exception", "\tat org.")
        .contains("<h1");
    browser.screenshotPage("pay-review-" + name + "-1280");
    assertThat(Axe.violations(browser)).as("axe-core on " + path).isEmpty();
    browser.resize(PHONE);
    browser.screenshotPage("pay-review-" + name + "-390");
    browser.resize(Browser.DESKTOP);
  }
}
