package org.rungs.app.cli;

import java.util.List;
import org.rungs.app.backup.BackupCommand;
import org.rungs.app.backup.RestoreCommand;
import org.rungs.app.demo.DemoCommand;
import org.rungs.app.frameworks.ExportCommand;
import org.rungs.app.frameworks.ImportFrameworkCommand;
import org.rungs.app.frameworks.ValidateCommand;
import org.rungs.app.pay.PayCommand;
import org.rungs.app.people.PeopleCommand;
import org.rungs.app.people.UsersCommand;
import org.rungs.app.privacy.ErasePeopleCommand;
import org.rungs.app.privacy.ExportPersonCommand;
import org.rungs.app.site.BuildCommand;
import org.rungs.app.system.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rungs} command. Commands that only read files run without starting Spring, so a
 * framework repository's CI gets its answer in well under a second.
 */
@Command(
    name = "rungs",
    mixinStandardHelpOptions = true,
    versionProvider = RungsVersion.class,
    description = "Career progression frameworks: check them, export them, serve them.")
public final class Rungs implements Runnable {

  /**
   * The subcommands, in the order help lists them. Not in {@code @Command(subcommands = ...)}:
   * picocli reads every command's options by reflection as it adds it, which took a sixth of `rungs
   * build`'s CPU; {@link #main} adds only the command that runs.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ValidateCommand.class,
          ExportCommand.class,
          ImportFrameworkCommand.class,
          BuildCommand.class,
          ServeCommand.class,
          UsersCommand.class,
          PeopleCommand.class,
          DemoCommand.class,
          PayCommand.class,
          BackupCommand.class,
          RestoreCommand.class,
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int exitCode = commandLine(args.length > 0 ? args[0] : "").execute(args);
    if (exitCode != ServeCommand.KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }

  /** The command line with every subcommand, for help and for tests. */
  public static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  /**
   * The command line that runs {@code rungs FIRST ...}: with only that subcommand when FIRST names
   * one (other than {@code help}, which lists them all), so the others' options are never read;
   * with all of them otherwise, so help, errors and suggestions are as they always were.
   */
  static CommandLine commandLine(String first) {
    for (Class<?> command : COMMANDS) {
      Command annotation = command.getAnnotation(Command.class);
      if (annotation.name().equals(first) && command != CommandLine.HelpCommand.class) {
        return commandLine(List.of(command));
      }
    }
    return commandLine(COMMANDS);
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new Rungs());
    commands.forEach(commandLine::addSubcommand);
    // Personal data requests live in their own feature, under "rungs people".
    CommandLine people = commandLine.getSubcommands().get("people");
    if (people != null) {
      people.addSubcommand(new ExportPersonCommand()).addSubcommand(new ErasePeopleCommand());
    }
    // Wide enough that options and URLs are not broken inside a word; wider on a wider terminal.
    // Set after every subcommand is added: these settings reach only the subcommands already there.
    commandLine.setUsageHelpWidth(100);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setExecutionExceptionHandler(new ExpectedFailures());
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
  }
}
