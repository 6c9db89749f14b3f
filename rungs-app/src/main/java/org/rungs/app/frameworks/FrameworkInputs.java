package org.rungs.app.frameworks;

import java.nio.file.Path;
import java.util.List;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;
import picocli.CommandLine.Parameters;

/**
 * The framework files a command reads, as {@code validate}, {@code export} and {@code build} take
 * them: {@code rungs validate frameworks/ extra.md}. A picocli mixin: {@code @Mixin FrameworkInputs
 * inputs;}.
 */
public final class FrameworkInputs {

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR|FILE",
      description = "Folders (read recursively) or files.")
  List<Path> paths;

  /** The folders and files as given. */
  public List<Path> paths() {
    return List.copyOf(paths);
  }

  /** Reads every framework of the inputs; problems are in the set, never thrown. */
  public FrameworkSet load() {
    return Frameworks.load(paths);
  }
}
