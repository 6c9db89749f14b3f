package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Write-back over every file of the shared corpus, each read alone: an edit that changes nothing
 * (the same wording for a criterion, the same titles) leaves the bytes as they were, and an example
 * added to the first criterion of each topic changes only the lines it adds or touches and reads
 * back as the old framework plus that example. Files that do not load, or that needed repairs, are
 * skipped with their diagnostic.
 */
class FrameworkEditorCorpusTests {

  private static final java.util.Set<ProblemCode> REPAIRS =
      java.util.Set.of(ProblemCode.MOJIBAKE, ProblemCode.INVISIBLE_CHARACTER, ProblemCode.NOT_UTF8);

  private static final String EXAMPLE = "Added by the corpus test: \"quoted\", #1";

  static Stream<Path> files() {
    return SharedData.corpusSets().stream().flatMap(set -> SharedData.markdownFiles(set).stream());
  }

  @TestFactory
  Stream<DynamicTest> aNoOpEditChangesNoByte() {
    return files().map(file -> DynamicTest.dynamicTest(name(file), () -> noOp(file)));
  }

  @TestFactory
  Stream<DynamicTest> anAddedExampleChangesOnlyItsLinesAndReadsBackAsTheEdit() {
    return files().map(file -> DynamicTest.dynamicTest(name(file), () -> addExamples(file)));
  }

  private static String name(Path file) {
    return SharedData.corpus().relativize(file).toString();
  }

  private static void noOp(Path file) {
    byte[] bytes = SharedData.bytes(file);
    Framework framework = editable(bytes, file);
    List<FrameworkEdit> edits = new ArrayList<>();
    // Each edit reads the file twice: the first criterion and the first topic keep this quick.
    framework
        .criteria()
        .findFirst()
        .ifPresent(first -> edits.add(new FrameworkEdit.RewordCriterion(first.id(), first.text())));
    WrittenTopic firstTopic = framework.document().topics().stream().findFirst().orElse(null);
    if (firstTopic != null && firstTopic.title() != null && !firstTopic.title().isBlank()) {
      edits.add(new FrameworkEdit.RetitleTopic(firstTopic.name(), firstTopic.title().strip()));
    }
    if (framework.document().title() != null && !framework.document().title().isBlank()) {
      edits.add(new FrameworkEdit.RetitleFramework(framework.document().title()));
    }
    for (FrameworkEdit edit : edits) {
      FrameworkEditor.Edited edited = FrameworkEditor.apply(bytes, name(file), edit);
      assertThat(edited.problems()).as("%s", edit).isEmpty();
      assertThat(edited.bytes()).as("%s", edit).isEqualTo(bytes);
    }
  }

  private static void addExamples(Path file) {
    byte[] bytes = SharedData.bytes(file);
    Framework before = editable(bytes, file);
    for (Topic topic : before.topics()) {
      Optional<Criterion> first =
          topic.levels().stream().flatMap(l -> l.criteria().stream()).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      Criterion criterion = first.get();
      FrameworkEditor.Edited edited =
          FrameworkEditor.apply(
              bytes, name(file), new FrameworkEdit.AddExample(criterion.id(), EXAMPLE));
      assertThat(edited.problems()).as("adding to %s", criterion.id()).isEmpty();
      Framework after = read(edited.bytes(), file);

      Criterion added =
          after.criteria().filter(c -> c.id().equals(criterion.id())).findFirst().orElseThrow();
      List<String> examples = new ArrayList<>(criterion.examples());
      examples.add(EXAMPLE);
      assertThat(added.text()).isEqualTo(criterion.text());
      assertThat(added.examples()).isEqualTo(examples);
      assertThat(Meaning.of(without(after, criterion.id())))
          .as("everything else reads the same")
          .isEqualTo(Meaning.of(without(before, criterion.id())));
      LineDiff.between(text(bytes), text(edited.bytes()))
          .assertOnlyTouches(writtenLine(before, criterion), EXAMPLE);
    }
  }

  private static int writtenLine(Framework framework, Criterion criterion) {
    // Criteria are read in page order; the n-th criterion of a topic's level is the n-th written.
    List<WrittenCriterion> written = new ArrayList<>();
    for (int t = 0; t < framework.topics().size(); t++) {
      WrittenTopic topic = framework.document().topics().get(t);
      for (int level = 1; level <= framework.levels(); level++) {
        int at = level;
        topic.content().stream()
            .filter(c -> c.level() == at)
            .forEach(c -> written.addAll(c.criteria()));
        topic.content().stream()
            .filter(c -> c.level() == at)
            .forEach(c -> written.addAll(c.exampleCriteria()));
      }
    }
    List<Criterion> shown = framework.criteria().toList();
    return written.get(shown.indexOf(criterion)).location().line();
  }

  private static Framework without(Framework framework, CriterionId id) {
    List<Topic> topics =
        framework.topics().stream()
            .map(
                topic ->
                    new Topic(
                        topic.name(),
                        topic.title(),
                        topic.description(),
                        topic.levels().stream()
                            .map(
                                level ->
                                    new TopicLevel(
                                        level.level(),
                                        level.criteria().stream()
                                            .filter(c -> !c.id().equals(id))
                                            .toList()))
                            .toList()))
            .toList();
    return new Framework(framework.document(), topics);
  }

  private static Framework editable(byte[] bytes, Path file) {
    FrameworkParser.Parsed parsed = FrameworkParser.parse(bytes, name(file));
    Assumptions.assumeTrue(
        parsed.document().isPresent() && parsed.document().get().levelled(),
        () -> "not a loadable levelled framework: " + parsed.problems());
    Assumptions.assumeTrue(
        parsed.problems().stream().noneMatch(p -> REPAIRS.contains(p.code())),
        () -> "needed repairs when read, so edits are refused: " + parsed.problems());
    return read(bytes, file);
  }

  private static Framework read(byte[] bytes, Path file) {
    return Frameworks.resolve(
            List.of(name(file)), List.of(FrameworkParser.parse(bytes, name(file))), List.of())
        .frameworks()
        .get(0);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
