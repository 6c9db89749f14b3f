package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.CommandRun;

class UsersCommandTests {

  @TempDir Path data;

  @Test
  void aTokenGetsANameAndAnExpiryAndSaysHowToRevokeIt() {
    String folder = data.toString();
    assertThat(
            CommandRun.of("users", "add", "ada@example.com", "--name", "Ada", "--data", folder)
                .exitCode())
        .isZero();

    CommandRun made =
        CommandRun.of(
            "users",
            "token",
            "ada@example.com",
            "--name",
            "nightly export",
            "--expires",
            "30d",
            "--data",
            folder);

    assertThat(made.exitCode()).isZero();
    assertThat(made.out().strip()).startsWith("rungs_").doesNotContainAnyWhitespaces();
    assertThat(made.err()).contains("expires").contains("rungs users revoke 1");

    CommandRun listed = CommandRun.of("users", "tokens", "ada@example.com", "--data", folder);
    assertThat(listed.out()).contains("nightly export").contains("active");
    assertThat(listed.out()).doesNotContain(made.out().strip());

    assertThat(CommandRun.of("users", "revoke", "1", "--data", folder).exitCode()).isZero();
    assertThat(CommandRun.of("users", "tokens", "ada@example.com", "--data", folder).out())
        .contains("revoked");
    assertThat(CommandRun.of("users", "revoke", "1", "--data", folder).exitCode()).isEqualTo(1);
  }

  @Test
  void refusesAnExpiryItCannotRead() {
    CommandRun wrong =
        CommandRun.of(
            "users", "token", "ada@example.com", "--expires", "soon", "--data", data.toString());

    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("--expires must be a number of days");
  }
}
