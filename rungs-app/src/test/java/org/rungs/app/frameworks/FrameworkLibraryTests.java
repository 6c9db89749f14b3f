package org.rungs.app.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;
import org.rungs.framework.ProblemCode;

/** The live library over a real folder, edited the ways a fuzz of a running server broke it. */
class FrameworkLibraryTests {

  static String framework(String path, String criterion) {
    return "---\npath: \""
        + path
        + "\"\ntitle: \"Title\"\nyaml: true\nlevels: 1\ntopics:\n  - name: \"t\"\n"
        + "    content:\n      - level: 1\n        criteria:\n          - \""
        + criterion
        + "\"\n---\nBody.\n";
  }

  static final String BACKEND = framework("/engineering/backend", "Writes tests");
  static final String FRONTEND = framework("/engineering/frontend", "Builds pages");

  @TempDir Path folder;

  private FrameworkLibrary library;

  @BeforeEach
  void twoFrameworks() throws IOException {
    write("a-frontend.md", FRONTEND);
    write("b-backend.md", BACKEND);
    library = new FrameworkLibrary(new FrameworkSettings(folder, null));
    // The first read runs on a thread of its own; asking waits for it, so the tests' first
    // version is these two files, before any test changes them.
    library.current();
  }

  private void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    // Each write gets its own time, so that a check by size and time sees it on any clock.
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.now().plusSeconds((long) (Math.random() * 100_000))));
  }

  private FrameworkSet reload() {
    return library.reloadNow().set();
  }

  private static String criterionOf(FrameworkSet set, String path) {
    Framework framework = set.find(path).orElseThrow();
    return framework.criteria().findFirst().orElseThrow().text();
  }

  @Test
  void whoeverAsksRightAfterItIsMadeGetsTheFrameworksOfTheFirstRead() {
    FrameworkLibrary fresh = new FrameworkLibrary(new FrameworkSettings(folder, null));

    FrameworkLibrary.Version first = fresh.current();

    assertThat(first.set().find("/engineering/backend")).isPresent();
    assertThat(first.set().find("/engineering/frontend")).isPresent();
    assertThat(fresh.current().number()).isEqualTo(first.number());
  }

  @Test
  void keepsTheLastGoodVersionOfAFileTruncatedInItsFrontMatter() throws IOException {
    write("b-backend.md", BACKEND.substring(0, BACKEND.indexOf("criteria:")));

    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes tests");
    assertThat(set.problemsOf("b-backend.md"))
        .anySatisfy(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.UNCLOSED_FRONT_MATTER);
              assertThat(problem.isError()).isTrue();
              assertThat(problem.message()).contains("last good version");
            });
  }

  @Test
  void keepsTheLastGoodVersionOfAFileCutInsideItsPath() throws IOException {
    write("b-backend.md", BACKEND.substring(0, BACKEND.indexOf("/backend")));

    FrameworkSet set = reload();

    assertThat(set.find("/engineering/backend")).isPresent();
    assertThat(set.find("/engineering")).isEmpty();
    assertThat(set.problemsOf("b-backend.md")).isNotEmpty().allMatch(Problem::isError);
  }

  @Test
  void keepsTheLastGoodVersionWhenThePathLineIsNotUtf8() throws IOException {
    byte[] bytes = BACKEND.getBytes(StandardCharsets.UTF_8);
    int at = BACKEND.indexOf("backend\"");
    bytes[at] = (byte) 0xFF;

    write("b-backend.md", bytes);
    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes tests");
    assertThat(set.frameworks()).hasSize(2);
    assertThat(set.problemsOf("b-backend.md"))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.NOT_UTF8);
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.isError()).isTrue();
            });
  }

  @Test
  void aPathChangedToAnotherFrameworksKeepsBothPagesAndBlamesTheChangedFile() throws IOException {
    // b-backend.md sorts after a-frontend.md; the changed file must lose whatever the order.
    write("a-frontend.md", framework("/engineering/backend", "Builds pages"));

    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes tests");
    assertThat(criterionOf(set, "/engineering/frontend")).isEqualTo("Builds pages");
    assertThat(set.problemsOf("b-backend.md")).isEmpty();
    assertThat(set.problemsOf("a-frontend.md"))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_PATH);
              assertThat(problem.toString())
                  .startsWith("a-frontend.md:2:7: error RUNGS014:")
                  .contains("also used by b-backend.md")
                  .contains("last good version at \"/engineering/frontend\"");
            });
  }

  @Test
  void theChangedFileLosesAPathClaimWhicheverNameSortsFirst() throws IOException {
    write("b-backend.md", framework("/engineering/frontend", "Writes tests"));

    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/frontend")).isEqualTo("Builds pages");
    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes tests");
    assertThat(set.problemsOf("a-frontend.md")).isEmpty();
    assertThat(set.problemsOf("b-backend.md"))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.DUPLICATE_PATH);
  }

  @Test
  void aNewFileClaimingATakenPathIsReportedAndNotShown() throws IOException {
    write("0-copy.md", framework("/engineering/backend", "Copied"));

    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes tests");
    assertThat(set.problemsOf("b-backend.md")).isEmpty();
    assertThat(set.problemsOf("0-copy.md"))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("this one is ignored"));
  }

  @Test
  void aPathChangedToAFreePathMovesTheFramework() throws IOException {
    write("b-backend.md", framework("/engineering/platform", "Writes tests"));

    FrameworkSet set = reload();

    assertThat(set.find("/engineering/backend")).isEmpty();
    assertThat(criterionOf(set, "/engineering/platform")).isEqualTo("Writes tests");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void aDeletedFileDisappearsWithoutAProblem() throws IOException {
    Files.delete(folder.resolve("b-backend.md"));

    FrameworkSet set = reload();

    assertThat(set.find("/engineering/backend")).isEmpty();
    assertThat(set.frameworks()).hasSize(1);
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void aFileThatNeverHadAGoodVersionIsOnlyReported() throws IOException {
    write("c-broken.md", "---\npath: [\n");

    FrameworkSet set = reload();

    assertThat(set.frameworks()).hasSize(2);
    assertThat(set.problemsOf("c-broken.md"))
        .extracting(Problem::code)
        .contains(ProblemCode.YAML_SYNTAX);
  }

  @Test
  void showsTheFullVersionOnceAWriteInStepsIsDone() throws IOException {
    String edited = BACKEND.replace("Writes tests", "Writes good tests");
    byte[] full = edited.getBytes(StandardCharsets.UTF_8);

    for (int length = 0; length < full.length; length += 7) {
      write("b-backend.md", Arrays.copyOf(full, length));
      assertThat(reload().find("/engineering/backend")).isPresent();
    }
    write("b-backend.md", full);

    FrameworkSet set = reload();
    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes good tests");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void aFixedFileIsShownAndItsProblemsGo() throws IOException {
    write("b-backend.md", "---\npath: [\n");
    assertThat(reload().problemsOf("b-backend.md")).isNotEmpty();

    write("b-backend.md", BACKEND.replace("Writes tests", "Writes better tests"));

    FrameworkSet set = reload();
    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Writes better tests");
    assertThat(set.problems()).isEmpty();
  }

  @Test
  void twoFilesSwappingPathsAtOnceBothMove() throws IOException {
    write("a-frontend.md", framework("/engineering/backend", "Builds pages"));
    write("b-backend.md", framework("/engineering/frontend", "Writes tests"));

    FrameworkSet set = reload();

    assertThat(criterionOf(set, "/engineering/backend")).isEqualTo("Builds pages");
    assertThat(criterionOf(set, "/engineering/frontend")).isEqualTo("Writes tests");
    assertThat(set.problems()).isEmpty();
  }
}
