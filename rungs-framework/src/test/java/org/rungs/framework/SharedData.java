package org.rungs.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the shared seed and corpus, and the repository's example frameworks. */
final class SharedData {
  private SharedData() {}

  static Path shared() {
    Path shared = Path.of(System.getProperty("rungs.shared", "../../shared"));
    if (!Files.isDirectory(shared.resolve("corpus"))) {
      throw new IllegalStateException(
          "the shared test data is missing: expected corpus/ under " + shared.toAbsolutePath());
    }
    return shared;
  }

  static Path seed() {
    return shared().resolve("seed/devops.md");
  }

  static Path corpus() {
    return shared().resolve("corpus");
  }

  /** The repository's own example frameworks. */
  static Path examples() {
    return Path.of("..", "frameworks");
  }

  /** Each company's folder of the corpus: one framework set. */
  static List<Path> corpusSets() {
    try (Stream<Path> sets = Files.list(corpus())) {
      return sets.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> markdownFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".md"))
          .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
  }
}
