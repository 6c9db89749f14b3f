package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Every file of the shared corpus of real frameworks loads with the criteria Monzo's site would
 * show, or gets located errors; written back, it reads the same.
 *
 * <p>The expected criteria come from an independent reading: snakeyaml's plain {@code Load} into
 * maps and lists, then Monzo's rendering rules (own criteria, then example criteria, then the
 * generic topic's criteria), so a bug in the parser's tree walk cannot hide itself.
 */
class CorpusTests {

  /** How one file is loaded: with the other current files of its set, or alone with generic.md. */
  record Case(String name, List<Path> files, Path file) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path set : SharedData.corpusSets()) {
      List<Path> all = SharedData.markdownFiles(set);
      List<Path> current = all.stream().filter(file -> !isOlderVersion(file)).toList();
      Optional<Path> generic =
          current.stream()
              .filter(file -> file.getFileName().toString().equals("generic.md"))
              .findFirst();
      for (Path file : all) {
        List<Path> loadedWith =
            isOlderVersion(file)
                ? Stream.concat(
                        generic.stream()
                            .filter(g -> !file.getFileName().toString().startsWith("generic.md")),
                        Stream.of(file))
                    .toList()
                : current;
        cases.add(new Case(SharedData.corpus().relativize(file).toString(), loadedWith, file));
      }
    }
    return cases;
  }

  private static boolean isOlderVersion(Path file) {
    return file.getFileName().toString().contains(".md@");
  }

  @Test
  void corpusIsThere() {
    assertThat(cases()).hasSizeGreaterThan(200);
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileLoadsAsMonzosSiteShowsItOrHasLocatedErrors() {
    return cases().stream()
        .map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> check(testCase)));
  }

  @TestFactory
  Stream<DynamicTest> everyLoadableCorpusFileReadsTheSameWhenWrittenBack() {
    return cases().stream()
        .map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> roundTrip(testCase)));
  }

  private static void check(Case testCase) {
    FrameworkSet set = Frameworks.load(testCase.files());
    String source = testCase.file().toString();
    Optional<Framework> framework =
        set.frameworks().stream()
            .filter(candidate -> candidate.source().equals(source))
            .findFirst();
    List<Problem> problems = set.problemsOf(source);
    assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    if (framework.isEmpty()) {
      assertThat(problems)
          .as("a file that does not load says why, where")
          .anyMatch(Problem::isError);
      return;
    }
    Framework loaded = framework.get();
    if (loaded.kind() == FrameworkKind.TEXT) {
      return;
    }
    if (loaded.document().declaredLevels() == null) {
      assertThat(problems).as("missing or broken levels is an error").anyMatch(Problem::isError);
      return;
    }
    Optional<Framework> generic =
        set.generic().filter(candidate -> !candidate.source().equals(source));
    List<ExpectedTopic> expected =
        MonzoReading.topics(testCase.file(), generic.map(Framework::source));
    assertThat(loaded.topics()).hasSameSizeAs(expected);
    for (int t = 0; t < expected.size(); t++) {
      Topic topic = loaded.topics().get(t);
      ExpectedTopic want = expected.get(t);
      assertThat(topic.title()).as("title of %s", want.name()).isNotBlank();
      want.title().ifPresent(title -> assertThat(topic.title()).isEqualTo(title));
      for (int level = 1; level <= loaded.levels(); level++) {
        List<String> texts = topic.criteriaAt(level).stream().map(Criterion::text).toList();
        assertThat(texts)
            .as("%s, topic %s, level %d", source, want.name(), level)
            .isEqualTo(want.criteria().getOrDefault(level, List.of()));
      }
    }
    assertThat(loaded.criteria().map(Criterion::id).distinct().count())
        .as("criterion ids are unique in %s", source)
        .isEqualTo(loaded.criteria().count());
  }

  private static void roundTrip(Case testCase) {
    FrameworkSet original = Frameworks.load(testCase.files());
    List<FrameworkParser.Parsed> rewritten = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Framework framework : original.frameworks()) {
      String written = FrameworkWriter.write(framework.document());
      FrameworkParser.Parsed parsed = FrameworkParser.parse(written, framework.source());
      assertThat(parsed.problems())
          .as("what Rungs writes is valid YAML")
          .noneMatch(problem -> problem.code() == ProblemCode.YAML_SYNTAX);
      rewritten.add(parsed);
      names.add(framework.source());
    }
    FrameworkSet reread = Frameworks.resolve(names, rewritten, List.of());
    String source = testCase.file().toString();
    Optional<Framework> before =
        original.frameworks().stream().filter(f -> f.source().equals(source)).findFirst();
    Optional<Framework> after =
        reread.frameworks().stream().filter(f -> f.source().equals(source)).findFirst();
    assertThat(after.map(Meaning::of)).isEqualTo(before.map(Meaning::of));
  }

  record ExpectedTopic(String name, Optional<String> title, Map<Integer, List<String>> criteria) {}

  /** Monzo's site's reading of a file, from plain maps and lists. */
  static final class MonzoReading {
    private MonzoReading() {}

    static List<ExpectedTopic> topics(Path file, Optional<String> genericSource) {
      Map<String, Object> frontMatter = frontMatter(file);
      Map<String, Map<String, Object>> genericTopics = new java.util.HashMap<>();
      genericSource.ifPresent(
          generic ->
              list(frontMatter(Path.of(generic)).get("topics")).stream()
                  .map(MonzoReading::map)
                  .filter(Objects::nonNull)
                  .forEach(
                      topic ->
                          genericTopics.putIfAbsent(String.valueOf(topic.get("name")), topic)));
      int levels = ((Number) frontMatter.get("levels")).intValue();
      List<ExpectedTopic> topics = new ArrayList<>();
      for (Object item : list(frontMatter.get("topics"))) {
        Map<String, Object> topic = map(item);
        if (topic == null) {
          continue;
        }
        String name = topic.get("name") == null ? null : String.valueOf(topic.get("name")).strip();
        Map<String, Object> generic = name == null ? null : genericTopics.get(name);
        Optional<String> title =
            Stream.of(generic == null ? null : generic.get("title"), topic.get("title"))
                .filter(value -> value instanceof String text && !text.isBlank())
                .map(value -> ((String) value).strip())
                .findFirst();
        Map<Integer, List<String>> criteria = new java.util.HashMap<>();
        for (int level = 1; level <= levels; level++) {
          List<String> texts = new ArrayList<>();
          for (Map<String, Object> content : contentAt(topic, level)) {
            list(content.get("criteria"))
                .forEach(criterion -> text(criterion).ifPresent(texts::add));
          }
          for (Map<String, Object> content : contentAt(topic, level)) {
            for (Object example : list(content.get("exampleCriteria"))) {
              Object text = example instanceof Map<?, ?> fields ? fields.get("criteria") : example;
              text(text).ifPresent(texts::add);
            }
          }
          if (generic != null) {
            for (Map<String, Object> content : contentAt(generic, level)) {
              list(content.get("criteria"))
                  .forEach(criterion -> text(criterion).ifPresent(texts::add));
            }
          }
          if (!texts.isEmpty()) {
            criteria.put(level, texts);
          }
        }
        topics.add(new ExpectedTopic(String.valueOf(name), title, criteria));
      }
      return topics;
    }

    private static List<Map<String, Object>> contentAt(Map<String, Object> topic, int level) {
      List<Map<String, Object>> content = new ArrayList<>();
      for (Object item : list(topic.get("content"))) {
        Map<String, Object> entry = map(item);
        if (entry != null
            && entry.get("level") instanceof Number number
            && number.intValue() == level) {
          content.add(entry);
        }
      }
      return content;
    }

    /**
     * A criterion's text as a reader sees it; a "Key: value" that YAML split is read back whole.
     */
    private static Optional<String> text(Object criterion) {
      if (criterion instanceof Map<?, ?> fields) {
        if (fields.containsKey("text")) {
          return text(fields.get("text"));
        }
        if (fields.size() == 1) {
          Map.Entry<?, ?> only = fields.entrySet().iterator().next();
          return text(
              only.getValue() == null ? only.getKey() : only.getKey() + ": " + only.getValue());
        }
        return Optional.empty();
      }
      if (criterion == null || criterion instanceof List<?>) {
        return Optional.empty();
      }
      String text = String.valueOf(criterion).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
      return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static List<?> list(Object value) {
      return value instanceof List<?> list ? list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(Path file) {
      String text = SourceText.decode(SharedData.bytes(file), file.toString()).text();
      String[] parts = text.split("(?m)^---[ \\t]*$", 3);
      LoadSettings settings =
          LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(true).build();
      return (Map<String, Object>) new Load(settings).loadFromString(parts[1]);
    }
  }
}
