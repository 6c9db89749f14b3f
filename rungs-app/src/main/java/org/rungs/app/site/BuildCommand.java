package org.rungs.app.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.rungs.app.frameworks.FrameworkInputs;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;
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
      "Writes the framework site as static files with relative links, for any static host",
      "(S3, GitHub Pages, nginx) at any sub-path. Look at it through a web server, for example",
      "'python3 -m http.server -d OUT': opened from disk (file://), links to folders show",
      "folder listings and search does not work.",
      "Problems are printed to standard error; the published pages never show them.",
      "Building again into OUT removes the pages the last build wrote there that are gone now",
      "(they are listed in OUT/" + BuildFolder.LIST + "); other files in OUT stay.",
      "Exit status: 0 written, 1 written but some files have errors (left out of the site or in",
      "it only in part), or the site could not be written, 2 wrong usage (such as an OUT that is",
      "a file)."
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

  @Option(names = "--strict", description = "Treat warnings as errors (exit status 1).")
  boolean strict;

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
    }
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    FrameworkSet set = inputs.load();
    List<Problem> problems =
        strict ? set.problems().stream().map(Problem::asError).toList() : set.problems();
    problems.forEach(err::println);
    // The pages are for readers: problems belong in the build's log, and the file names in them
    // are the build machine's (absolute paths, when the inputs are).
    FrameworkSet published = new FrameworkSet(set.files(), set.frameworks(), List.of());
    int pages;
    try {
      BuildFolder folder = new BuildFolder(out);
      List<String> lastBuild = folder.lastBuild();
      StaticSite site = new StaticSite(new SiteRenderer(published, name, true));
      pages = site.write(out);
      folder.finish(lastBuild, site.files());
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
    boolean failed = reportFilesWithErrors(set, problems, err);
    err.flush();
    return failed ? 1 : 0;
  }

  /** Names the files whose errors left them out of the site or in it only in part. */
  private static boolean reportFilesWithErrors(
      FrameworkSet set, List<Problem> problems, PrintWriter err) {
    Set<String> withErrors = new TreeSet<>();
    problems.stream().filter(Problem::isError).forEach(problem -> withErrors.add(problem.file()));
    if (withErrors.isEmpty()) {
      return false;
    }
    Set<String> published = new HashSet<>();
    set.frameworks().forEach(framework -> published.add(framework.source()));
    List<String> leftOut = withErrors.stream().filter(file -> !published.contains(file)).toList();
    List<String> inPart = withErrors.stream().filter(published::contains).toList();
    if (!leftOut.isEmpty()) {
      err.println("left out of the site (errors): " + String.join(", ", leftOut));
    }
    if (!inPart.isEmpty()) {
      err.println("in the site with errors, perhaps incomplete: " + String.join(", ", inPart));
    }
    return true;
  }

  private static String describe(IOException failure) {
    if (failure instanceof FileSystemException fileSystem) {
      String reason = fileSystem.getReason() == null ? "" : ": " + fileSystem.getReason();
      return failure.getClass().getSimpleName() + " " + fileSystem.getFile() + reason;
    }
    return String.valueOf(failure.getMessage());
  }
}
