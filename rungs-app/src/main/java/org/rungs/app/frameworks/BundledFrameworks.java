package org.rungs.app.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example frameworks that ship inside the jar, copied to a temporary folder so that they load
 * like any other folder. Used when {@code rungs serve} is given no {@code --frameworks}.
 */
final class BundledFrameworks {
  private static final String ROOT = "bundled-frameworks/";

  private BundledFrameworks() {}

  static Path extract() {
    try {
      Path folder = Files.createTempDirectory("rungs-examples-");
      folder.toFile().deleteOnExit();
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.md");
      for (Resource file : files) {
        String url = file.getURL().toString();
        String relative = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
        Path target = folder.resolve(relative).normalize();
        if (!target.startsWith(folder)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled example frameworks", e);
    }
  }
}
