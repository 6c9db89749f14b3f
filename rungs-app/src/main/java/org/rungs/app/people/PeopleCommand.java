package org.rungs.app.people;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rungs.app.frameworks.FrameworkFolder;
import org.rungs.app.system.DatabaseOptions;
import org.rungs.progression.ImportProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rungs people}: the organisation from the command line. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "Imports people from CSV.",
    subcommands = {PeopleCommand.Import.class})
public final class PeopleCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say which: import");
  }

  /** {@code rungs people import FILE.csv [--dry-run]}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Imports people from a CSV file with the columns email, name, manager_email, framework,",
        "level, level_since, badges (';'-separated), role (admin or member).",
        "Frameworks are checked against --frameworks, as 'rungs serve' is given it.",
        "All or nothing: a file with any error imports nobody. People already in Rungs are updated.",
        "Exit status: 0 imported (or clean, with --dry-run), 1 problems, 2 wrong usage."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;
    @Mixin FrameworkFolder frameworks;

    @Parameters(paramLabel = "FILE.csv", description = "The people to import.")
    Path file;

    @Option(
        names = "--dry-run",
        description = "Check the file and say what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + file);
      }
      String[] frameworkArguments = frameworks.springArguments(spec).toArray(String[]::new);
      byte[] csv = Files.readAllBytes(file);
      try (ConfigurableApplicationContext context =
          DataCommands.start(database, frameworkArguments)) {
        PeopleImporter.Report report =
            context.getBean(PeopleImporter.class).importCsv(csv, dryRun, null);
        PrintWriter out = spec.commandLine().getOut();
        for (ImportProblem problem : report.checked().problems()) {
          out.println(file + ":" + problem);
        }
        long errors = report.checked().problems().stream().filter(ImportProblem::isError).count();
        if (errors > 0) {
          out.printf(
              "%d %s: nobody was imported. Fix the file and run again.%n",
              errors, errors == 1 ? "error" : "errors");
        } else if (report.written()) {
          out.printf("imported %d new and updated %d people.%n", report.added(), report.updated());
        } else {
          out.printf(
              "the file is clean: it would add %d and update %d people (dry run: nothing written).%n",
              report.added(), report.updated());
        }
        out.flush();
        return errors > 0 ? 1 : 0;
      }
    }
  }
}
