package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.Browser;
import org.rungs.app.testing.SeedAndExamples;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs axe-core, the accessibility engine, on the live site's kinds of page, in the light and the
 * dark colour scheme, and fails on any WCAG 2.0 or 2.1 A or AA violation it finds.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityTests {

  private static final List<String> PAGES =
      List.of(
          "/",
          "/engineering/backend/",
          "/engineering/backend/levels/3/",
          "/engineering/backend/compare/2/3/",
          "/engineering/backend/matrix/",
          "/search/?q=docker",
          // The seed has warnings: this page shows them in a <details> box.
          "/engineering/devOps/levels/1/");

  private static final String WCAG_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

  /** How many elements of each violation the failure message names. */
  private static final int TARGETS_SHOWN = 5;

  private static final Path FRAMEWORKS = frameworks();

  private static final String AXE = axeSource();

  private static Browser browser;

  @LocalServerPort int port;

  /** The example frameworks, as `rungs serve` would read them, and the seed next to them. */
  private static Path frameworks() {
    return SeedAndExamples.folder("rungs-a11y-frameworks-");
  }

  /** axe.min.js from the axe-core WebJar on the test class path, whichever version that is. */
  private static String axeSource() {
    ClassLoader loader = AccessibilityTests.class.getClassLoader();
    Properties pom = new Properties();
    try (InputStream in =
        loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the axe-core WebJar is not on the test class path");
      }
      pom.load(in);
      String script =
          "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
      try (InputStream axe = loader.getResourceAsStream(script)) {
        if (axe == null) {
          throw new IllegalStateException("missing from the axe-core WebJar: " + script);
        }
        return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static Stream<Arguments> pages() {
    return Stream.of("light", "dark")
        .flatMap(scheme -> PAGES.stream().map(page -> Arguments.of(page, scheme)));
  }

  @ParameterizedTest(name = "{0} in {1} mode")
  @MethodSource("pages")
  void pageHasNoWcagViolations(String page, String scheme) {
    List<Map<String, Object>> violations;
    try {
      browser.prefersDark(scheme.equals("dark"));
      browser.open("http://localhost:" + port + page);
      assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"))
          .as("the page sees the %s colour scheme", scheme)
          .isEqualTo(scheme.equals("dark"));
      violations = axe();
      if (!violations.isEmpty()) {
        browser.screenshotPage("a11y-" + scheme + page.replaceAll("[^A-Za-z0-9]+", "-"));
      }
    } finally {
      browser.prefersDark(false);
    }

    assertThat(violations)
        .withFailMessage(
            () ->
                "axe-core found %d WCAG A/AA violation(s) on %s in %s mode:%n%s"
                    .formatted(violations.size(), page, scheme, describe(violations)))
        .isEmpty();
  }

  /**
   * Runs axe on the page as shown, with every {@code <details>} open so that examples and warnings
   * are checked too, and returns its violations in short.
   */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> axe() {
    // WebDriver's scripts are not bound by the page's Content-Security-Policy, which allows no
    // script but the site's own: axe goes in this way, not as a <script> element.
    browser.script(AXE);
    assertThat(browser.script("return window.axe ? typeof window.axe.run : 'undefined'"))
        .as("axe-core loaded into the page")
        .isEqualTo("function");
    browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
    Object result =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                  runOnly: {type: 'tag', values: %s},
                  resultTypes: ['violations']
                })
              .then(results => done(results.violations.map(v => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  count: v.nodes.length,
                  nodes: v.nodes.slice(0, %d).map(n => ({
                      target: n.target.join(' '),
                      html: n.html,
                      summary: n.failureSummary
                  }))
              }))))
              .catch(e => done('axe-core failed: ' + e));
            """
                .formatted(WCAG_TAGS, TARGETS_SHOWN));
    assertThat(result).as("axe-core's answer").isInstanceOf(List.class);
    return (List<Map<String, Object>>) result;
  }

  @SuppressWarnings("unchecked")
  private static String describe(List<Map<String, Object>> violations) {
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> violation : violations) {
      out.append(
          "- %s (%s): %s, on %s element(s)%n"
              .formatted(
                  violation.get("id"),
                  violation.get("impact"),
                  violation.get("help"),
                  violation.get("count")));
      for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
        out.append("    %s%n      %s%n".formatted(node.get("target"), node.get("html")));
        String summary = String.valueOf(node.get("summary"));
        out.append(
            summary
                .lines()
                .map(line -> "      " + line.strip())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())));
      }
    }
    return out.toString();
  }
}
