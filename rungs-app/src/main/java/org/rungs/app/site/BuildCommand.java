package org.rungs.app.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rungs.app.frameworks.FrameworkInputs;
import org.rungs.framework.FrameworkSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rungs build}: the framework site as static files, for any static host. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the framework site as static files with relative links: open OUT/index.html",
      "through any static host (S3, GitHub Pages, nginx), from any sub-path.",
      "Exit status: 0 written (problems are printed to standard error), 1 failed, 2 wrong usage."
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
  public Integer call() throws IOException {
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    FrameworkSet set = inputs.load();
    set.problems().forEach(err::println);
    int pages = new StaticSite(new SiteRenderer(set, name, true)).write(out);
    long millis = (System.nanoTime() - started) / 1_000_000;
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "wrote %d pages for %d frameworks to %s in %d ms%n",
        pages, set.frameworks().size(), out, millis);
    stdout.flush();
    err.flush();
    return 0;
  }
}
