package org.rungs.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core, the accessibility engine, run on the page a {@link Browser} shows: the WCAG 2.1 A and
 * AA violations it finds, each as one line ("color-contrast: Elements must meet minimum color
 * contrast ratio thresholds, on 2 element(s): ...").
 */
public final class Axe {
  private Axe() {}

  private static final String SOURCE = source();

  /** The violations on the page shown now; empty when it passes. */
  public static List<String> violations(Browser browser) {
    // WebDriver's scripts are not bound by the page's Content-Security-Policy.
    browser.script(SOURCE);
    browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
    Object result =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                  resultTypes: ['violations']
                })
              .then(results => done(results.violations.map(v =>
                  v.id + ': ' + v.help + ', on ' + v.nodes.length + ' element(s): '
                      + v.nodes.slice(0, 3).map(n => n.html).join(' | '))))
              .catch(e => done(['axe-core failed: ' + e]));
            """);
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) result;
    return violations;
  }

  private static String source() {
    ClassLoader loader = Axe.class.getClassLoader();
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
}
