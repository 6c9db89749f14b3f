package org.rungs.app.frameworks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --frameworks DIR} option of the commands that start Rungs ({@code serve}, {@code
 * people import}): the folder the live library reads, or the bundled example frameworks. A picocli
 * mixin: {@code @Mixin FrameworkFolder frameworks;}.
 */
public final class FrameworkFolder {

  @Option(
      names = "--frameworks",
      paramLabel = "DIR",
      description = "The folder of framework files. Default: the bundled example frameworks.")
  Path folder;

  /** The folder given, if any. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /**
   * Spring Boot arguments that point the live library at the folder.
   *
   * @throws ParameterException (a usage error, exit status 2) if the folder is not one
   */
  public List<String> springArguments(CommandSpec spec) {
    if (folder == null) {
      return List.of();
    }
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(
          spec.commandLine(), "--frameworks " + folder + " is not a folder");
    }
    return List.of("--rungs.frameworks.directory=" + folder.toAbsolutePath());
  }
}
