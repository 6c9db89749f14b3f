package org.rungs.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Loads a set of frameworks from folders and files.
 *
 * <pre>{@code
 * FrameworkSet set = Frameworks.load(Path.of("frameworks"));
 * set.problems().forEach(System.out::println);
 * set.find("/engineering/backend").ifPresent(backend -> ...);
 * }</pre>
 *
 * <p>Folders are read recursively: every {@code *.md} file except {@code README.md}, skipping
 * hidden folders. Broken files become problems and never stop the good ones from loading. When two
 * files claim the same path, the one whose name sorts first wins and the other is reported.
 */
public final class Frameworks {

  private Frameworks() {}

  public static FrameworkSet load(Path... roots) {
    return load(List.of(roots));
  }

  public static FrameworkSet load(List<Path> roots) {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      files.addAll(files(root, problems));
    }
    List<String> sources = files.stream().map(file -> file.toString().replace('\\', '/')).toList();
    // Files parse independently: use every core, keep the order.
    List<FrameworkParser.Parsed> parsed =
        IntStream.range(0, files.size())
            .parallel()
            .mapToObj(i -> read(files.get(i), sources.get(i)))
            .toList();
    return resolve(sources, parsed, problems);
  }

  private static FrameworkParser.Parsed read(Path file, String source) {
    try {
      return FrameworkParser.parse(Files.readAllBytes(file), source);
    } catch (IOException unreadable) {
      return new FrameworkParser.Parsed(
          Optional.empty(),
          List.of(
              Problem.of(
                  source, 1, 1, ProblemCode.UNREADABLE_FILE, "cannot read file: " + unreadable)));
    }
  }

  /**
   * Resolves already parsed files into a set.
   *
   * @param files the names of the files read
   * @param problems problems found before parsing (unreadable files), added to the set's
   */
  public static FrameworkSet resolve(
      List<String> files, List<FrameworkParser.Parsed> parsed, List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    List<FrameworkDocument> documents = new ArrayList<>();
    for (FrameworkParser.Parsed file : parsed) {
      all.addAll(file.problems());
      file.document().ifPresent(documents::add);
    }
    documents.sort(Comparator.comparing(FrameworkDocument::source));
    Map<String, FrameworkDocument> byPath = new LinkedHashMap<>();
    for (FrameworkDocument document : documents) {
      FrameworkDocument winner = byPath.putIfAbsent(document.path(), document);
      if (winner != null) {
        Location at = document.pathLocation();
        all.add(
            Problem.of(
                document.source(),
                at.line(),
                at.column(),
                ProblemCode.DUPLICATE_PATH,
                "path \""
                    + document.path()
                    + "\" is also used by "
                    + winner.source()
                    + "; that file is shown and this one is ignored"));
      }
    }
    Optional<FrameworkDocument> generic =
        Optional.ofNullable(byPath.get(FrameworkDocument.GENERIC_PATH));
    // Framework by framework on every core; each with its own list of problems, appended in the
    // frameworks' order, so the result is the same as one after the other. Every framework that
    // inherits the generic one derives the ids of its criteria again: derived once, shared.
    List<FrameworkDocument> ordered =
        byPath.values().stream().sorted(Comparator.comparing(FrameworkDocument::path)).toList();
    Map<GenericInheritance.DerivedKey, CriterionId> derivedIds = new ConcurrentHashMap<>();
    List<Map.Entry<Framework, List<Problem>>> resolved =
        ordered.parallelStream()
            .map(
                document -> {
                  List<Problem> found = new ArrayList<>();
                  Framework framework =
                      GenericInheritance.resolve(document, generic, found, derivedIds);
                  return Map.entry(framework, found);
                })
            .toList();
    resolved.forEach(entry -> all.addAll(entry.getValue()));
    List<Framework> frameworks = resolved.stream().map(Map.Entry::getKey).toList();
    return new FrameworkSet(files, frameworks, all);
  }

  /**
   * The framework files of a folder, as {@link #load} reads them: every {@code *.md} except {@code
   * README.md}, outside hidden folders, sorted.
   */
  public static List<Path> frameworkFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> isFrameworkFile(folder.relativize(file)))
          .sorted(Comparator.comparing(file -> folder.relativize(file).toString()))
          .toList();
    } catch (UncheckedIOException unreadable) {
      throw unreadable.getCause();
    }
  }

  private static List<Path> files(Path root, List<Problem> problems) {
    if (!Files.isDirectory(root)) {
      if (!Files.exists(root)) {
        problems.add(
            Problem.of(
                root.toString(), 1, 1, ProblemCode.UNREADABLE_FILE, "no such file or folder"));
        return List.of();
      }
      return List.of(root);
    }
    try {
      return frameworkFiles(root);
    } catch (IOException unreadable) {
      problems.add(
          Problem.of(
              root.toString(),
              1,
              1,
              ProblemCode.UNREADABLE_FILE,
              "cannot read folder: " + unreadable));
      return List.of();
    }
  }

  private static boolean isFrameworkFile(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md") && !name.equals("readme.md");
  }
}
