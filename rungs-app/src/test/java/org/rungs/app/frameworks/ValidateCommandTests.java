package org.rungs.app.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTests {

  private static final String SHARED = System.getProperty("rungs.shared", "../../shared");

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static final String GOOD =
      "---\npath: \"/good\"\ntitle: \"Good\"\nyaml: true\nlevels: 1\ntopics:\n  - name: \"t\"\n"
          + "    content:\n      - level: 1\n        criteria:\n          - \"Does things\"\n---\n";

  @Test
  void exitsZeroForTheExampleFrameworks() {
    CommandRun run = CommandRun.of("validate", "../frameworks");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("checked 7 files: 0 errors, 0 warnings\n");
  }

  @Test
  void exitsZeroWithWarningsAndPrintsThemLikeACompiler() {
    CommandRun run = CommandRun.of("validate", SHARED + "/seed/devops.md");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(SHARED + "/seed/devops.md:3:9: warning RUNGS018: mis-encoded text")
        .endsWith("checked 1 file: 0 errors, 23 warnings\n");
  }

  @Test
  void strictTurnsWarningsIntoErrors() {
    CommandRun run = CommandRun.of("validate", "--strict", SHARED + "/seed/devops.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(":3:9: error RUNGS018:");
  }

  @Test
  void exitsOneForErrorsAndStillChecksTheGoodFiles() throws IOException {
    write("good.md", GOOD);
    write("broken.md", "---\npath: \"/broken\"\ntitle: [\n---\n");

    CommandRun run = CommandRun.of("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(folder.resolve("broken.md") + ":4:1: error RUNGS001:")
        .endsWith("checked 2 files: 1 error, 0 warnings\n");
  }

  @Test
  void exitsTwoForWrongUsage() {
    assertThat(CommandRun.of("validate").exitCode()).isEqualTo(2);
    CommandRun wrongFormat = CommandRun.of("validate", "--format", "xml", "../frameworks");
    assertThat(wrongFormat.exitCode()).isEqualTo(2);
    assertThat(wrongFormat.err())
        .contains("'--format': must be one of text, json, teamcity, not 'xml'");
  }

  @Test
  void aBadFormatIsAOneLineUsageErrorWithoutAStackTrace() {
    CommandRun run = CommandRun.of("validate", "--format", "yaml", "../frameworks");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst())
        .hasValue(
            "Invalid value for option '--format': must be one of text, json, teamcity, not 'yaml'");
    assertThat(run.err()).doesNotContain("Exception").doesNotContainPattern("\\tat ");
  }

  @Test
  void formatsAreListedInTheHelpAndTakenInAnyCase() {
    assertThat(CommandRun.of("validate", "--help").out())
        .contains("--format=<format>   text, json, teamcity (teamcity: service messages).");

    CommandRun run = CommandRun.of("validate", "--format", "JSON", "../frameworks");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{");
  }

  @Test
  void printsJsonForPrograms() throws IOException {
    write("broken.md", "no front matter\n");

    CommandRun run = CommandRun.of("validate", "--format", "json", folder.toString());

    JsonNode report = JsonMapper.shared().readTree(run.out());
    assertThat(report.get("files").asInt()).isEqualTo(1);
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("code").asString()).isEqualTo("RUNGS002");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("severity").asString()).isEqualTo("error");
  }

  @Test
  void printsTeamCityInspectionsWithEscapedValues() throws IOException {
    write("it's [broken].md", "---\npath: \"/x\"\ntitle: \"x\"\nyaml: true\nlevels: 0\n---\n");

    CommandRun run = CommandRun.of("validate", "--format", "teamcity", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "##teamcity[inspectionType id='RUNGS008' name='levels that is not a positive whole number'")
        .contains(
            "##teamcity[inspection typeId='RUNGS008' message='levels is 0: a levelled framework needs at"
                + " least 1 level' file='"
                + folder
                + "/it|'s |[broken|].md' line='5' SEVERITY='ERROR']");
  }
}
