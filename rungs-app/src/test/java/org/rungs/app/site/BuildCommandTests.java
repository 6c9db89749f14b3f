package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.CommandRun;

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
}
