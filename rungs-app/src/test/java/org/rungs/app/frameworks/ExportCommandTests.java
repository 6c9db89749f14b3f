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

class ExportCommandTests {

  private static final String SHARED = System.getProperty("rungs.shared", "../../shared");

  @TempDir Path out;

  @Test
  void exportsTheResolvedSeedAsJson() {
    CommandRun run = CommandRun.of("export", SHARED + "/seed/devops.md", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = JsonMapper.shared().readTree(run.out());
    JsonNode devops = json.get("frameworks").get(0);
    assertThat(devops.get("path").asString()).isEqualTo("/engineering/devOps");
    assertThat(devops.get("kind").asString()).isEqualTo("levelled");
    assertThat(devops.get("levels").asInt()).isEqualTo(4);
    assertThat(devops.get("sidebarGroup").asString()).isEqualTo("engineering");
    JsonNode mastery = devops.get("topics").get(2);
    assertThat(mastery.get("title").asString()).isEqualTo("🛠️ Mastery");
    JsonNode level1 = mastery.get("levels").get(0);
    assertThat(level1.get("level").asInt()).isEqualTo(1);
    JsonNode example = level1.get("criteria").get(6);
    assertThat(example.get("text").asString())
        .isEqualTo("Understands network infrastructure elements and how they connect together");
    assertThat(example.get("examples")).hasSize(7);
    assertThat(example.get("from").isNull()).isTrue();
    assertThat(example.get("id").asString()).matches("mastery-[0-9a-f]{8}");
    assertThat(json.get("problems")).hasSize(23);
    assertThat(json.get("problems").get(0).get("code").asString()).isEqualTo("RUNGS018");
  }

  @Test
  void marksInheritedCriteriaWithWhereTheyCameFrom() {
    CommandRun run = CommandRun.of("export", "../frameworks");

    JsonNode frameworks = JsonMapper.shared().readTree(run.out()).get("frameworks");
    JsonNode backend = null;
    for (JsonNode framework : frameworks) {
      if (framework.get("path").asString().equals("/engineering/backend")) {
        backend = framework;
      }
    }
    assertThat(backend).isNotNull();
    assertThat(backend.findValues("from")).anyMatch(from -> "/generic".equals(from.asString()));
  }

  @Test
  void writesMarkdownThatReadsBackToTheSameJson() throws IOException {
    CommandRun exported =
        CommandRun.of("export", "../frameworks", "--format", "markdown", "--out", out.toString());
    assertThat(exported.exitCode()).isZero();
    assertThat(out.resolve("engineering/backend.md")).exists();

    JsonNode before = JsonMapper.shared().readTree(CommandRun.of("export", "../frameworks").out());
    JsonNode after = JsonMapper.shared().readTree(CommandRun.of("export", out.toString()).out());

    for (int i = 0; i < before.get("frameworks").size(); i++) {
      ((tools.jackson.databind.node.ObjectNode) before.get("frameworks").get(i)).remove("source");
      ((tools.jackson.databind.node.ObjectNode) after.get("frameworks").get(i)).remove("source");
    }
    assertThat(after).isEqualTo(before);
  }

  @Test
  void markdownNeedsAnOutputFolder() {
    CommandRun run = CommandRun.of("export", "../frameworks", "--format", "markdown");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format markdown needs --out OUT");
  }

  @Test
  void writesJsonToAFileWhenAsked() throws IOException {
    Path file = out.resolve("nested/frameworks.json");

    assertThat(CommandRun.of("export", "../frameworks", "--out", file.toString()).exitCode())
        .isZero();

    assertThat(JsonMapper.shared().readTree(Files.readString(file)).get("frameworks")).hasSize(7);
  }

  @Test
  void aBadFormatIsAOneLineUsageErrorWithoutAStackTrace() {
    CommandRun run = CommandRun.of("export", "../frameworks", "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst())
        .hasValue("Invalid value for option '--format': must be one of json, markdown, not 'pdf'");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(CommandRun.of("export", "--help").out()).contains("json, markdown. Default: json.");
  }
}
