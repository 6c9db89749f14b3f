package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

/** {@code rungs build} as a publishing step in someone's CI: what it writes, says and exits. */
class BuildCommandTests {

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  static String framework(String path) {
    return "---\npath: \""
        + path
        + "\"\ntitle: \"T\"\nyaml: true\nlevels: 2\ntopics:\n  - name: \"t\"\n"
        + "    content:\n      - level: 1\n        criteria:\n          - \"Does things\"\n---\n";
  }

  @Test
  void anOutThatIsAFileIsWrongUsageWithoutAStackTrace() throws IOException {
    Path file = write("site.txt", "not a folder");

    CommandRun run = CommandRun.of("build", "../frameworks", "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst())
        .hasValue("--out " + file + " is a file, not a folder");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void anOutInsideAFileFailsInOneLine() throws IOException {
    Path file = write("site.txt", "not a folder");

    CommandRun run =
        CommandRun.of("build", "../frameworks", "--out", file.resolve("site").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("cannot write the site to " + file.resolve("site") + ": ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aBrokenFrameworkExitsOneAndIsNamedAndThePagesShowNoProblemsNorTheBuildMachinesPaths()
      throws IOException {
    write("frameworks/good.md", framework("/good"));
    write("frameworks/broken.md", "---\npath: \"/broken\"\ntitle: [\n---\n");
    write(
        "frameworks/partial.md",
        framework("/partial").replace("levels: 2", "levels: 2\nlevels: 3"));
    Path input = folder.resolve("frameworks").toAbsolutePath();
    Path out = folder.resolve("site");

    CommandRun run = CommandRun.of("build", input.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(input.resolve("broken.md") + ":4:1: error RUNGS001:")
        .contains("left out of the site (errors): " + input.resolve("broken.md"))
        .contains("in the site with errors, perhaps incomplete: " + input.resolve("partial.md"));
    assertThat(out.resolve("good/levels/1/index.html")).exists();
    assertThat(out.resolve("index.html")).content().doesNotContain(folder.toString());
    assertThat(out.resolve("partial/index.html"))
        .content()
        .doesNotContain(folder.toString())
        .doesNotContain("RUNGS");
  }

  @Test
  void strictTreatsWarningsAsErrors() throws IOException {
    write("frameworks/untitled.md", framework("/untitled").replace("title: \"T\"\n", ""));
    Path input = folder.resolve("frameworks");
    Path out = folder.resolve("site");

    CommandRun relaxed = CommandRun.of("build", input.toString(), "--out", out.toString());
    CommandRun strict =
        CommandRun.of("build", input.toString(), "--out", out.toString(), "--strict");

    assertThat(relaxed.exitCode()).isZero();
    assertThat(relaxed.err()).contains("warning RUNGS025");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err())
        .contains("error RUNGS025")
        .contains("in the site with errors, perhaps incomplete: " + input.resolve("untitled.md"));
  }

  @Test
  void buildingAgainRemovesThePagesThatAreGoneAndKeepsOtherFiles() throws IOException {
    write("frameworks/team.md", framework("/engineering/team"));
    Path input = folder.resolve("frameworks");
    Path out = folder.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("CNAME"), "progression.example.com");
    assertThat(CommandRun.of("build", input.toString(), "--out", out.toString()).exitCode())
        .isZero();
    assertThat(out.resolve("engineering/team/levels/2/index.html")).exists();

    write("frameworks/team.md", framework("/engineering/squad"));
    CommandRun again = CommandRun.of("build", input.toString(), "--out", out.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(out.resolve("engineering/squad/levels/2/index.html")).exists();
    assertThat(out.resolve("engineering/team")).doesNotExist();
    assertThat(out.resolve("engineering")).isDirectory();
    assertThat(out.resolve("CNAME")).hasContent("progression.example.com");
  }

  @Test
  void aListOfLastBuildsFilesNeverRemovesAnythingOutsideTheFolder() throws IOException {
    Path outside = write("precious.txt", "keep me");
    Path out = folder.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve(BuildFolder.LIST), "../precious.txt\n" + outside + "\n");

    CommandRun run = CommandRun.of("build", "../frameworks", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(outside).hasContent("keep me");
  }

  @Test
  void theHelpSaysToLookThroughAWebServerNotFromDisk() {
    String help = CommandRun.of("build", "--help").out();

    assertThat(help)
        .contains("python3 -m http.server -d OUT")
        .contains("opened from disk (file://)")
        .doesNotContain("open OUT/index.html");
  }
}
