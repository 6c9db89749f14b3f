package org.rungs.app.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rungs.app.frameworks.FrameworkInputs;
import org.rungs.framework.FrameworkSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rungs build}: the framework site as static files, for any static host. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the framework site as static files with relative links: open OUT/index.html",
      "through any static host (S3, GitHub Pages, nginx), from any sub-path.",
      "Exit status: 0 written (problems are printed to standard error), 1 failed, 2 wrong usage",
      "(such as an OUT that is a file)."
    })
public final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FrameworkInputs inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT",
      description = "The folder to write the site to.")
  Path out;

  @Option(
      names = "--name",
      defaultValue = "Rungs",
      description = "The site's name in the top bar. Default: ${DEFAULT-VALUE}.")
  String name;

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
    }
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    FrameworkSet set = inputs.load();
    set.problems().forEach(err::println);
    int pages;
    try {
      pages = new StaticSite(new SiteRenderer(set, name, true)).write(out);
    } catch (IOException | UncheckedIOException failed) {
      // A full disk, a read-only folder, a file where a folder must go: say so, in one line.
      IOException cause =
          failed instanceof UncheckedIOException unchecked
              ? unchecked.getCause()
              : (IOException) failed;
      err.println("cannot write the site to " + out + ": " + describe(cause));
      err.flush();
      return 1;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "wrote %d pages for %d frameworks to %s in %d ms%n",
        pages, set.frameworks().size(), out, millis);
    stdout.flush();
    err.flush();
    return 0;
  }

  private static String describe(IOException failure) {
    if (failure instanceof FileSystemException fileSystem) {
      String reason = fileSystem.getReason() == null ? "" : ": " + fileSystem.getReason();
      return failure.getClass().getSimpleName() + " " + fileSystem.getFile() + reason;
    }
    return String.valueOf(failure.getMessage());
  }
}
