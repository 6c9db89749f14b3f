package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;

class ReadinessTests {

  private static final String FRAMEWORK =
      """
      ---
      path: "/engineering/backend"
      title: "Backend"
      yaml: true
      levels: 1
      topics:
        - name: "Craft"
          content:
            - level: 1
              criteria:
                - "Writes tests"
      ---
      Body.
      """;

  @TempDir Path folder;

  @Test
  void anEmptyFrameworkFolderIsNotReady() {
    Readiness readiness = Readiness.of(Optional.empty(), library());

    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.reasons())
        .singleElement()
        .asString()
        .startsWith("frameworks: none loaded");
  }

  @Test
  void aBrokenFileIsReportedButLeavesTheInstanceReady() throws Exception {
    Files.writeString(folder.resolve("backend.md"), FRAMEWORK);
    Files.writeString(folder.resolve("broken.md"), "---\npath: [unclosed\n---\n");

    Readiness readiness = Readiness.of(Optional.empty(), library());

    assertThat(readiness.ready()).isTrue();
    assertThat(readiness.body()).containsEntry("status", "UP");
    assertThat(readiness.frameworks()).containsEntry("loaded", 1).containsEntry("errors", 1);
    assertThat(readiness.frameworks().get("problems").toString()).contains("broken.md");
  }

  @Test
  void anUnreachableDatabaseIsNotReadyAndSaysWhy() throws Exception {
    Files.writeString(folder.resolve("backend.md"), FRAMEWORK);

    Readiness readiness = Readiness.of(Optional.of("no answer within 2 s"), library());

    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.body())
        .containsEntry("status", "DOWN")
        .containsEntry("database", "no answer within 2 s");
    assertThat(readiness.reasons()).containsExactly("database: no answer within 2 s");
  }

  private FrameworkLibrary library() {
    return new FrameworkLibrary(new FrameworkSettings(folder, null));
  }
}
