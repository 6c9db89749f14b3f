package org.rungs.app.frameworks;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the live server reads frameworks from.
 *
 * @param directory the folder of framework files; when unset, the example frameworks bundled in the
 *     jar
 * @param siteName the name shown in the site's top bar
 */
@ConfigurationProperties("rungs.frameworks")
public record FrameworkSettings(Path directory, String siteName) {
  public FrameworkSettings {
    if (siteName == null || siteName.isBlank()) {
      siteName = "Rungs";
    }
  }
}
