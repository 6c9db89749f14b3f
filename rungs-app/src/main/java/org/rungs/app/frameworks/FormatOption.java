package org.rungs.app.frameworks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a lower-case {@code --format} word into an enum constant, or fails as a usage error. */
final class FormatOption {
  private FormatOption() {}

  static <E extends Enum<E>> E parse(CommandSpec spec, String option, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      String choices =
          Arrays.stream(type.getEnumConstants())
              .map(constant -> constant.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new ParameterException(
          spec.commandLine(), option + " must be one of " + choices + ", not '" + value + "'");
    }
  }
}
