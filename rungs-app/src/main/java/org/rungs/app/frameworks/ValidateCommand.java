package org.rungs.app.frameworks;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rungs validate}: checks framework files and prints what is wrong, like a compiler. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks framework files and prints each problem as file:line:column: severity CODE: message.",
      "Exit status: 0 no errors (warnings allowed), 1 errors, 2 wrong usage."
    })
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FrameworkInputs inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = Formats.class,
      completionCandidates = Formats.class,
      description =
          "${COMPLETION-CANDIDATES} (teamcity: service messages). Default: ${DEFAULT-VALUE}.")
  ProblemFormat format;

  static final class Formats extends Choices<ProblemFormat> {
    Formats() {
      super(ProblemFormat.class);
    }
  }

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  public Integer call() {
    FrameworkSet set = inputs.load();
    List<Problem> problems =
        strict ? set.problems().stream().map(Problem::asError).toList() : set.problems();
    PrintWriter out = spec.commandLine().getOut();
    format.print(problems, set.files().size(), out);
    out.flush();
    return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
  }
}
