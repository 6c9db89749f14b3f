package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.rungs.app.RungsApplication;
import org.rungs.app.people.TestOrganisation;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.TestDatabases;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pay pages in a real browser, at 1280 and 390 px wide, checked by axe-core: an admin's pay
 * page, calibration with its scatter, manager consistency and the pay gap; a person's own pay; a
 * manager's calibration without pay figures. Screenshots in {@code target/screenshots/pay-*.png}.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayBrowserTests extends TestOrganisation {

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
    StringBuilder csv =
        new StringBuilder("email,effective_from,reason,currency,base_salary,variable_pay,sex\n");
    csv.append("dev@example.com,2025-02-01,hire,GBP,47500,,female\n");
    csv.append("outsider@example.com,2025-02-01,hire,GBP,58000,2000,male\n");
    for (int i = 1; i <= 6; i++) {
      String email = "dev" + i + "@example.com";
      add(email, "Dev Number " + i, lead, 2, Role.MEMBER);
      csv.append(email)
          .append(",2025-02-01,hire,GBP,")
          .append(43000 + i * 3000)
          .append(",,")
          .append(i % 2 == 0 ? "female" : "male")
          .append('\n');
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
  void adminSeesThePayPagesAndTheyPassAxe() {
    signIn("people@example.com");
    look("/admin/pay/", "admin");
    look("/team/calibration/?framework=/engineering/backend&level=2", "calibration");
    assertThat(browser.findAll(By.cssSelector("svg.calibration-chart circle"))).hasSize(8);
    look("/admin/pay/consistency/", "consistency");
    look("/admin/pay/gap/", "gap");
    look("/people/" + dev + "/pay/", "admin-sees-dev");
  }

  @Test
  void aPersonSeesTheirOwnPayAndAManagerSeesCalibrationWithoutIt() {
    signIn("dev@example.com");
    look("/people/" + dev + "/pay/", "my-pay");
    assertThat(browser.find(By.tagName("main")).getText()).contains("£47,500");
    signIn("lead@example.com");
    look("/team/calibration/?framework=/engineering/backend&level=2", "manager-calibration");
    String page = browser.find(By.tagName("main")).getText();
    assertThat(page).doesNotContain("Band position", "£", "47,500");
    assertThat(browser.findAll(By.cssSelector("svg.calibration-chart"))).isEmpty();
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
    browser.screenshotPage("pay-" + name + "-1280");
    assertThat(axe()).as("axe-core on " + path).isEmpty();
    browser.resize(PHONE);
    browser.screenshotPage("pay-" + name + "-390");
    browser.resize(Browser.DESKTOP);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> axe() {
    browser.script(axeSource());
    Object result =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                  resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({id: v.id, help: v.help,
                  nodes: v.nodes.slice(0, 3).map(n => n.html)}))))
              .catch(e => done('axe-core failed: ' + e));
            """);
    assertThat(result).isInstanceOf(List.class);
    return (List<Map<String, Object>>) result;
  }

  private static String axeSource() {
    ClassLoader loader = PayBrowserTests.class.getClassLoader();
    try (InputStream pom =
        loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      Properties properties = new Properties();
      properties.load(pom);
      String script =
          "META-INF/resources/webjars/axe-core/"
              + properties.getProperty("version")
              + "/axe.min.js";
      try (InputStream axe = loader.getResourceAsStream(script)) {
        return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
