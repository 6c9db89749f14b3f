package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

/** {@code rungs users add} refuses what no page or PDF could show. */
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
}
