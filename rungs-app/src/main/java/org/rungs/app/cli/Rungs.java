package org.rungs.app.cli;

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
    description = "Career progression frameworks: check them, export them, serve them.",
    subcommands = {
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
      CommandLine.HelpCommand.class
    })
public final class Rungs implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    if (exitCode != ServeCommand.KEEP_RUNNING) {
      System.exit(exitCode);
    }
  }

  /** The command line with every subcommand, for {@link #main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Rungs());
    // Personal data requests live in their own feature, under "rungs people".
    commandLine
        .getSubcommands()
        .get("people")
        .addSubcommand(new ExportPersonCommand())
        .addSubcommand(new ErasePeopleCommand());
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
