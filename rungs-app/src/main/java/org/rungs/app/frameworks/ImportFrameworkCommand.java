package org.rungs.app.frameworks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rungs.framework.FrameworkParser;
import org.rungs.progression.frameworkimport.Draft;
import org.rungs.progression.frameworkimport.FrameworkImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rungs import-framework}: a framework from a spreadsheet or FT's YAML, as Markdown. */
@Command(
    name = "import-framework",
    mixinStandardHelpOptions = true,
    description = {
      "Turns a framework kept in a spreadsheet (.xlsx, .csv) or in the Financial Times'"
          + " competencies YAML (.yml) into one Monzo-format Markdown file in DIR.",
      "Spreadsheets: levels as columns and topics as rows (a cell's criteria one a line, 'e.g.'"
          + " lines are examples), or one row per criterion with topic, level and criterion"
          + " (and examples) columns.",
      "Cells that cannot be placed are printed as FILE:WHERE: error: message.",
      "Exit status: 0 imported, 1 imported with cells left out or nothing imported, 2 wrong usage."
    })
public final class ImportFrameworkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The .xlsx, .csv or .yml file to import.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Option(
      names = "--path",
      description = "The framework's path, e.g. /engineering/backend. Default: from FILE's name.")
  String path;

  @Option(names = "--title", description = "The framework's title. Default: from FILE's name.")
  String title;

  @Option(names = "--sheet", description = "The sheet of an .xlsx to read. Default: the first.")
  String sheet;

  @Option(names = "--force", description = "Overwrite the Markdown file if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), file + " is not a file");
    }
    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String frameworkPath = path != null ? path.strip() : "/" + slug(name);
    if (!frameworkPath.startsWith("/") || frameworkPath.length() < 2) {
      throw new ParameterException(spec.commandLine(), "--path starts with /, e.g. /engineering");
    }
    Path target = out.resolve(frameworkPath.substring(frameworkPath.lastIndexOf('/') + 1) + ".md");
    if (Files.exists(target) && !force) {
      throw new ParameterException(
          spec.commandLine(), target + " exists: use --force to overwrite it");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter progress = spec.commandLine().getErr();
    progress.println("reading " + file + " ...");
    progress.flush();
    FrameworkImport.Imported imported =
        FrameworkImport.read(Files.readAllBytes(file), file.toString(), sheet);
    imported.problems().forEach(stdout::println);
    stdout.flush();
    if (imported.draft().isEmpty()) {
      progress.println("nothing to import from " + file);
      progress.flush();
      return 1;
    }
    Draft draft = imported.draft().get();
    progress.printf(
        "read %d criteria at %d levels%s%n",
        draft.criteria(),
        draft.levels(),
        imported.problems().isEmpty() ? "" : "; " + imported.problems().size() + " left out");
    String markdown = draft.toMarkdown(frameworkPath, title != null ? title : titleOf(name));
    FrameworkParser.Parsed parsed = FrameworkParser.parse(markdown, target.toString());
    parsed.problems().forEach(stdout::println);
    stdout.flush();
    if (parsed.hasErrors()) {
      progress.println("not written: the result does not validate");
      progress.flush();
      return 1;
    }
    Files.createDirectories(out);
    Files.writeString(target, markdown, StandardCharsets.UTF_8);
    progress.println("wrote " + target);
    progress.flush();
    return imported.problems().isEmpty() ? 0 : 1;
  }

  private static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "imported" : slug;
  }

  private static String titleOf(String name) {
    String spaced = name.replaceAll("[-_]+", " ").strip();
    return spaced.isEmpty()
        ? "Imported framework"
        : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
  }
}
