package org.rungs.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 10, defect 15: {@code --help} of every command keeps each word whole (an option, a URL, a
 * path is never broken across lines) and fits a terminal 100 columns wide.
 */
class HelpTests {

  @Test
  void everyCommandsHelpKeepsItsWordsWholeAndFitsAHundredColumns() {
    List<CommandLine> commands = new ArrayList<>();
    collect(Rungs.commandLine(), commands);
    assertThat(commands).hasSizeGreaterThan(8);

    for (CommandLine command : commands) {
      StringWriter help = new StringWriter();
      command.usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
      String text = help.toString();
      String name = command.getCommandSpec().qualifiedName();
      assertThat(text.lines())
          .as(name)
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
      for (String word : words(command.getCommandSpec())) {
        assertThat(text).as("%s keeps '%s' whole", name, word).contains(word);
      }
    }
  }

  @Test
  void aCommandRunAloneHasTheSameHelpAsAmongAllTheOthers() {
    CommandLine all = Rungs.commandLine();
    for (var command : all.getSubcommands().entrySet()) {
      CommandLine alone = Rungs.commandLine(command.getKey());
      if (command.getKey().equals("help")) {
        assertThat(alone.getSubcommands()).hasSameSizeAs(all.getSubcommands());
        continue;
      }
      assertThat(alone.getSubcommands()).containsOnlyKeys(command.getKey());
      List<CommandLine> together = new ArrayList<>();
      List<CommandLine> apart = new ArrayList<>();
      collect(command.getValue(), together);
      collect(alone.getSubcommands().get(command.getKey()), apart);
      assertThat(apart.stream().map(HelpTests::usage).toList())
          .isEqualTo(together.stream().map(HelpTests::usage).toList());
    }
  }

  private static String usage(CommandLine command) {
    StringWriter help = new StringWriter();
    command.usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
    return help.toString();
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().stream()
        .filter(sub -> !into.contains(sub))
        .forEach(sub -> collect(sub, into));
  }

  /** The words of the command's and its options' descriptions, as written. */
  private static List<String> words(CommandSpec spec) {
    List<String> words = new ArrayList<>();
    List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
    for (OptionSpec option : spec.options()) {
      lines.addAll(List.of(option.description()));
    }
    for (String line : lines) {
      for (String word : line.split("\\s+")) {
        if (!word.isBlank() && !word.contains("${") && !word.contains("%")) {
          words.add(word);
        }
      }
    }
    return words;
  }
}
