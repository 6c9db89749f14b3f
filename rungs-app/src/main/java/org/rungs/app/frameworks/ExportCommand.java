package org.rungs.app.frameworks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.FrameworkWriter;
import org.rungs.framework.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code rungs export}: the frameworks as Rungs understood them, as JSON or back as Markdown. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the resolved frameworks as JSON, or writes them back in the Monzo Markdown format.",
      "Problems go to the JSON's \"problems\" (json) or to standard error (markdown).",
      "Exit status: 0 exported, 1 nothing could be written, 2 wrong usage."
    })
public final class ExportCommand implements Callable<Integer> {

  enum Format {
    JSON,
    MARKDOWN
  }

  static final class Formats extends Choices<Format> {
    Formats() {
      super(Format.class);
    }
  }

  @Spec CommandSpec spec;

  @Mixin FrameworkInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      converter = Formats.class,
      completionCandidates = Formats.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "OUT",
      description =
          "json: a file to write instead of standard output; markdown: the folder to write (required).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (format == Format.MARKDOWN && out == null) {
      throw new ParameterException(
          spec.commandLine(), "--format markdown needs --out OUT, a folder");
    }
    FrameworkSet set = inputs.load();
    return format == Format.JSON ? json(set) : markdown(set);
  }

  private int json(FrameworkSet set) throws IOException {
    String json =
        JsonMapper.shared()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(FrameworkJson.of(set));
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(json);
      stdout.flush();
    } else {
      createParent(out);
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    }
    return 0;
  }

  private int markdown(FrameworkSet set) throws IOException {
    PrintWriter stderr = spec.commandLine().getErr();
    set.problems().forEach(stderr::println);
    for (Framework framework : set.frameworks()) {
      Path target = out.resolve(relativeFile(framework.source())).normalize();
      if (!target.startsWith(out.normalize())) {
        throw new IllegalStateException("refusing to write outside " + out + ": " + target);
      }
      createParent(target);
      Files.writeString(
          target, FrameworkWriter.write(framework.document()), StandardCharsets.UTF_8);
    }
    stderr.println("wrote " + set.frameworks().size() + " frameworks to " + out);
    stderr.flush();
    return set.frameworks().isEmpty() && set.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
  }

  /** The file's path inside the input folder it came from, so OUT mirrors the input's layout. */
  private Path relativeFile(String source) {
    Path file = Path.of(source);
    for (Path input : inputs.paths()) {
      if (Files.isDirectory(input) && file.startsWith(input)) {
        return input.relativize(file);
      }
    }
    return file.getFileName();
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
