package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

/** {@code rungs users add} and {@code users token}: what they refuse and what they print. */
class UsersCommandTests {

  @TempDir Path data;

  @Test
  void refusesANameWithAControlCharacterOrOverItsLimitNamingTheField() throws Exception {
    CommandRun bell = add("ann@example.com", "Ann\u0007Lee");
    CommandRun overLong = add("bob@example.com", "B".repeat(201));
    CommandRun bidi = add("cat\u202E@example.com", "Cat");

    assertThat(bell.exitCode()).isEqualTo(1);
    assertThat(bell.err())
        .contains("rungs users add: name has a control character (U+0007) at character 4");
    assertThat(overLong.exitCode()).isEqualTo(1);
    assertThat(overLong.err())
        .contains("rungs users add: a name has at most 200 characters, this one has 201");
    assertThat(bidi.exitCode()).isEqualTo(1);
    assertThat(bidi.err()).contains("rungs users add: email has a bidirectional control character");
  }

  @Test
  void addsSomeoneWithAPlainName() {
    CommandRun run = add("dee@example.com", "Dee Dev");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("dee@example.com (member) can sign in");
  }

  private CommandRun add(String email, String name) {
    return CommandRun.of("users", "add", email, "--name", name, "--data", data.toString());
  }

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
