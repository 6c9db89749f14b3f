package org.rungs.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A frameworks folder for tests that serve a site: the example frameworks, as {@code rungs serve}
 * would read them, with the seed (mis-encoded, as it was found) next to them at {@code
 * engineering/devops.md}, so it inherits from the examples' {@code /generic}.
 */
public final class SeedAndExamples {
  private SeedAndExamples() {}

  public static Path folder(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Path seed =
          Path.of(System.getProperty("rungs.shared", "../../shared")).resolve("seed/devops.md");
      Files.createDirectories(folder.resolve("engineering"));
      Files.copy(seed, folder.resolve("engineering/devops.md"));
      Path examples = Path.of("..", "frameworks");
      try (Stream<Path> files = Files.walk(examples)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          // READMEs are for people editing the folder, not frameworks.
          if (file.getFileName().toString().equals("README.md")) {
            continue;
          }
          Path copy = folder.resolve(examples.relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
