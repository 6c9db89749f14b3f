package org.rungs.app.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rungs.app.system.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rungs backup --out FILE}: every table in one file, while the server runs. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every table of the database (people, accounts, assessments, evidence, check-ins,"
          + " snapshots, audit, and any table added later) into one ZIP file that `rungs restore`"
          + " loads into H2 or PostgreSQL. Leaves out the migration history and sign-in sessions.",
      "Reads one consistent snapshot, so it can run while the server does (PostgreSQL; the"
          + " embedded database is locked by a running server: stop it first, or see"
          + " docs/operations.md).",
      "Exit status: 0 done, 1 failed, 2 wrong usage."
    })
public final class BackupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DatabaseOptions database;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The backup file to write (replaced if it exists, only once it is complete).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try {
      Manifest manifest =
          Backup.write(
              database.dataSource(),
              out,
              step -> {
                err.println("rungs backup: " + step);
                err.flush();
              });
      long rows = manifest.tables().stream().mapToLong(Manifest.Entry::rows).sum();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Backed up %d tables, %d rows (schema %s) to %s in %.1f s.%n",
              manifest.tables().size(),
              rows,
              manifest.schemaVersion(),
              out,
              (System.nanoTime() - started) / 1e9);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (Exception failed) {
      err.println("rungs backup: failed: " + failed.getMessage());
      err.flush();
      return 1;
    }
  }
}
