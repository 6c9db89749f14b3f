package org.rungs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages depend on each other in one direction only, and each only on the modules its
 * {@code package-info.java} allows: the web kit, frameworks and audit at the bottom, then site,
 * system, people, assessments, evidence and check-ins, with standing and promotion on top. A cycle
 * or an undeclared dependency would make a feature impossible to understand, test or change alone.
 *
 * <p>The module documentation in {@code docs/modules/} (PlantUML component diagrams and a canvas
 * per module) is written from the same model, so it cannot drift from the code: when it differs,
 * this test writes the current version there and fails, asking for it to be committed.
 */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(RungsApplication.class);
  private static final Path DOCS = Path.of("..", "docs", "modules");

  @Test
  void featurePackagesDependOnlyOnTheModulesTheyDeclare() {
    MODULES.verify();
  }

  @Test
  void moduleDocumentationIsCurrent() throws IOException {
    Path written = Files.createTempDirectory("rungs-modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    Map<String, String> current = new TreeMap<>();
    files(written).forEach((name, text) -> current.put(name, inStableOrder(text)));
    Map<String, String> committed = Files.isDirectory(DOCS) ? files(DOCS) : Map.of();
    if (!current.equals(committed)) {
      replace(DOCS, current);
    }

    assertThat(committed)
        .as("docs/modules was out of date and has been rewritten: commit it")
        .isEqualTo(current);
  }

  private static Map<String, String> files(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(path.getFileName().toString(), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The Documenter lists components and relations in the order it met them, which changes with the
   * order classes were loaded in; each run of such lines is sorted, so only a change of the modules
   * changes the files.
   */
  static String inStableOrder(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int start = 0;
    while (start < lines.size()) {
      if (lines.get(start).startsWith("|* ")) {
        // A canvas's list in a table cell: "|* first", then "* next" lines, met in any order.
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("* ")) {
          end++;
        }
        lines.set(start, lines.get(start).substring(1));
        Collections.sort(lines.subList(start, end));
        lines.set(start, "|" + lines.get(start));
        start = end;
        continue;
      }
      String kind = kind(lines.get(start));
      int end = start + 1;
      while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
        end++;
      }
      Collections.sort(lines.subList(start, end));
      start = end;
    }
    return String.join("\n", lines);
  }

  private static String kind(String line) {
    String stripped = line.strip();
    return stripped.startsWith("Rel(")
        ? "Rel("
        : stripped.startsWith("Component(") ? "Component(" : null;
  }

  private static void replace(Path docs, Map<String, String> files) throws IOException {
    Files.createDirectories(docs);
    try (Stream<Path> old = Files.list(docs)) {
      for (Path path : old.filter(Files::isRegularFile).toList()) {
        Files.delete(path);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(docs.resolve(file.getKey()), file.getValue());
    }
  }
}
