package org.rungs.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

/** {@code rungs people export} and {@code rungs people erase} on an embedded database. */
class PrivacyCommandsTests {

  private static final String ADMIN = "admin@example.com";

  @TempDir Path folder;

  @Test
  void exportsAPersonThenErasesThemOnlyWhenToldTheyAreActive() throws IOException {
    String data = folder.resolve("data").toString();
    assertThat(CommandRun.of("demo", "--people", "5", "--data", data).exitCode()).isZero();
    Path zip = folder.resolve("admin.zip");

    CommandRun export =
        CommandRun.of("people", "export", ADMIN, "--out", zip.toString(), "--data", data);
    CommandRun refused = CommandRun.of("people", "erase", ADMIN, "--yes", "--data", data);
    CommandRun erased =
        CommandRun.of("people", "erase", ADMIN, "--yes", "--active-too", "--data", data);
    CommandRun again = CommandRun.of("people", "export", ADMIN, "--out", zip + "2", "--data", data);

    assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
    assertThat(PersonalDataContract.unzip(Files.readAllBytes(zip)).get("personal-data.json"))
        .contains(ADMIN, "rungs-personal-data/1");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).contains("has not left", "--active-too");
    assertThat(erased.exitCode()).as(erased.out() + erased.err()).isZero();
    assertThat(erased.out()).contains("erased the personal data of person");
    assertThat(again.exitCode()).as("the email is gone with the rest").isEqualTo(1);
  }

  @Test
  void listsNobodyDueWhileRetentionIsOffAndRefusesAmbiguousUse() {
    String data = folder.resolve("data").toString();

    CommandRun due = CommandRun.of("people", "erase", "--due", "--dry-run", "--data", data);
    CommandRun neither = CommandRun.of("people", "erase", "--data", data);
    CommandRun dryRunOfOne = CommandRun.of("people", "erase", ADMIN, "--dry-run", "--data", data);

    assertThat(due.exitCode()).as(due.out() + due.err()).isZero();
    assertThat(due.out()).contains("rungs.privacy.retention is not set");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("either EMAIL or --due");
    assertThat(dryRunOfOne.exitCode()).isEqualTo(2);
  }
}
