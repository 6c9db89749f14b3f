package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

/** {@code rungs people import} checks people's frameworks against the folder it is given. */
class PeopleImportCommandTests {

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void checksFrameworksAgainstTheFolderGivenWithFrameworks() throws IOException {
    write(
        "frameworks/custom.md",
        "---\npath: \"/custom\"\ntitle: \"Custom\"\nyaml: true\nlevels: 3\n---\n");
    Path csv =
        write(
            "people.csv",
            PeopleImporterTests.HEADER + "ann@example.com,Ann,,/custom,2,2024-01-09,member\n");
    String data = folder.resolve("data").toString();

    CommandRun withFolder =
        CommandRun.of(
            "people",
            "import",
            csv.toString(),
            "--dry-run",
            "--data",
            data,
            "--frameworks",
            folder.resolve("frameworks").toString());
    CommandRun bundled =
        CommandRun.of("people", "import", csv.toString(), "--dry-run", "--data", data);

    assertThat(withFolder.exitCode()).as(withFolder.out()).isZero();
    assertThat(withFolder.out()).contains("the file is clean: it would add 1");
    assertThat(bundled.exitCode()).isEqualTo(1);
    assertThat(bundled.out()).contains("/custom");
  }

  @Test
  void aFrameworksOptionThatIsNotAFolderIsWrongUsage() throws IOException {
    Path csv = write("people.csv", PeopleImporterTests.HEADER);

    CommandRun run =
        CommandRun.of(
            "people",
            "import",
            csv.toString(),
            "--frameworks",
            folder.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("--frameworks " + folder.resolve("nowhere") + " is not a folder");
  }
}
