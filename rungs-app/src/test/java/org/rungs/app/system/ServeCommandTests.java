package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rungs.app.cli.Rungs;
import org.rungs.app.testing.CommandRun;
import picocli.CommandLine;

/** {@code rungs serve}'s options and help, read without starting a server. */
class ServeCommandTests {

  private static final Pattern SETTING = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|");
  private static final Pattern HELP_SETTING =
      Pattern.compile("(?m)^ {2,}([A-Z][A-Z0-9_]{3,})[ ,(]");

  private final StringWriter err = new StringWriter();

  private ServeCommand parse(String... args) {
    CommandLine line = Rungs.commandLine();
    line.setErr(new PrintWriter(err, true));
    CommandLine.ParseResult result = line.parseArgs(args);
    return (ServeCommand) result.subcommand().commandSpec().userObject();
  }

  @Test
  void listensOnEveryAddressUnlessBoundToOne() {
    assertThat(parse("serve").springArguments()).noneMatch(a -> a.startsWith("--server.address"));
    assertThat(parse("serve", "--bind", "127.0.0.1").springArguments())
        .contains("--server.address=127.0.0.1");
    assertThat(parse("serve", "--bind", "::1").springArguments())
        .contains("--server.address=0:0:0:0:0:0:0:1");
  }

  @Test
  void refusesABindAddressThatIsNotOne() {
    CommandRun run = CommandRun.of("serve", "--bind", "300.1.2.3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--bind");
  }

  @Test
  void anH2UrlWithoutAWriteDelayGetsWriteDelayZeroAndSaysSo() {
    assertThat(parse("serve", "--db-url", "jdbc:h2:file:/srv/rungs/db").springArguments())
        .contains("--spring.datasource.url=jdbc:h2:file:/srv/rungs/db;WRITE_DELAY=0");
    assertThat(err.toString())
        .isEqualTo(
            "rungs serve: --db-url has no WRITE_DELAY: added ;WRITE_DELAY=0 so that acknowledged"
                + " writes survive the process being killed"
                + System.lineSeparator());
  }

  @Test
  void anH2UrlThatChoosesItsWriteDelayKeepsItWithAWarningAndPostgresIsLeftAlone() {
    assertThat(parse("serve", "--db-url", "jdbc:h2:file:/srv/db;write_delay=500").springArguments())
        .contains("--spring.datasource.url=jdbc:h2:file:/srv/db;write_delay=500");
    assertThat(err.toString()).contains("WRITE_DELAY=500: acknowledged writes can be lost");

    err.getBuffer().setLength(0);
    assertThat(parse("serve", "--db-url", "jdbc:h2:file:/srv/db;WRITE_DELAY=0").springArguments())
        .contains("--spring.datasource.url=jdbc:h2:file:/srv/db;WRITE_DELAY=0");
    assertThat(parse("serve", "--db-url", "jdbc:postgresql://db/rungs").springArguments())
        .contains("--spring.datasource.url=jdbc:postgresql://db/rungs");
    assertThat(err.toString()).isEmpty();
  }

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
