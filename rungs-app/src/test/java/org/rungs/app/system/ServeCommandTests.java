package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rungs.app.CommandRun;

class ServeCommandTests {

  private static final Pattern SETTING = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|");
  private static final Pattern HELP_SETTING =
      Pattern.compile("(?m)^ {2,}([A-Z][A-Z0-9_]{3,})[ ,(]");

  @Test
  void helpListsEverySettingOfTheOperationsGuideAndNoOther() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "operations.md"));
    String help = CommandRun.of("serve", "--help").out();

    assertThat(names(SETTING, guide)).hasSizeGreaterThan(15).isEqualTo(names(HELP_SETTING, help));
  }

  @Test
  void helpNamesTheEnvironmentVariableOfEachOption() {
    String help = CommandRun.of("serve", "--help").out();

    assertThat(help)
        .contains("--data=DIR")
        .contains("(RUNGS_DATA)")
        .contains("(RUNGS_DB_URL)")
        .contains("(SERVER_PORT)")
        .contains("--bind=ADDRESS")
        .contains("(SERVER_ADDRESS)")
        .contains("/health/readiness")
        .contains("/metrics");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CommandRun run = CommandRun.of("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be from 0 to 65535, not 70000");
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
