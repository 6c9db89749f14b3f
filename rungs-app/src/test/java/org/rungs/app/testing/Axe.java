package org.rungs.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core, the accessibility engine, run on the page a {@link Browser} shows: its WCAG 2.1 A and
 * AA violations, each as {@code id}, {@code help} and the first elements at fault.
 */
public final class Axe {

  private static final String SOURCE = source();

  private Axe() {}

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> violations(Browser browser) {
    // WebDriver's scripts are not bound by the page's Content-Security-Policy.
    browser.script(SOURCE);
    Object result =
        browser.asyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                  resultTypes: ['violations']
                })
              .then(results => done(results.violations.map(v => ({
                  id: v.id, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html)
              }))))
              .catch(e => done('axe-core failed: ' + e));
            """);
    if (!(result instanceof List<?>)) {
      throw new IllegalStateException(String.valueOf(result));
    }
    return (List<Map<String, Object>>) result;
  }

  private static String source() {
    ClassLoader loader = Axe.class.getClassLoader();
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
      throw new UncheckedIOException(e);
    }
  }
}
