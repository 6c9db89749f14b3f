package org.rungs.app.backup;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rungs.app.system.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rungs restore FILE}: a backup back into an empty database (or any, with --force). */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a file made by `rungs backup` into the database (H2 or PostgreSQL, whichever made"
          + " it), then upgrades the schema to this version of Rungs. Everyone signs in again.",
      "Refuses a database that has any rows, unless --force: then everything in it is replaced.",
      "Stop the server while restoring.",
      "Exit status: 0 done, 1 refused or failed (nothing changed if refused), 2 wrong usage."
    })
public final class RestoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "FILE", description = "The backup file.")
  Path file;

  @Option(names = "--force", description = "Replace everything in a database that is not empty.")
  boolean force;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), file + " is not a file");
    }
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try {
      Manifest manifest =
          new Restore(
                  database.dataSource(),
                  step -> {
                    err.println("rungs restore: " + step);
                    err.flush();
                  })
              .run(file, force);
      long rows = manifest.tables().stream().mapToLong(Manifest.Entry::rows).sum();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Restored %d tables, %d rows from %s (made %s from %s) in %.1f s.%n",
              manifest.tables().size(),
              rows,
              file,
              manifest.madeAt(),
              manifest.madeFrom(),
              (System.nanoTime() - started) / 1e9);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (Restore.Refused refused) {
      err.println("rungs restore: " + refused.getMessage());
      err.flush();
      return 1;
    } catch (Exception failed) {
      err.println("rungs restore: failed: " + failed.getMessage());
      err.flush();
      return 1;
    }
  }
}
