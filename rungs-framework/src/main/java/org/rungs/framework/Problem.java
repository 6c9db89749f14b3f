package org.rungs.framework;

import java.util.Comparator;
import java.util.Objects;

/**
 * One located diagnostic about a framework file, e.g. {@code devops.md:12:5: error RUNGS009: level
 * 7 is above levels: 4}.
 *
 * <p>Lines and columns count from 1. Problems are values: parsing returns them and never throws for
 * bad input.
 */
public record Problem(
    String file, int line, int column, Severity severity, ProblemCode code, String message) {

  /** Orders problems as a reader scans a report: by file, then position. */
  public static final Comparator<Problem> BY_LOCATION =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::code);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column + " for " + message);
    }
  }

  /** A problem of {@code code}'s usual severity. */
  public static Problem of(String file, int line, int column, ProblemCode code, String message) {
    return new Problem(file, line, column, code.severity(), code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem as an error, for {@code --strict}. */
  public Problem asError() {
    return new Problem(file, line, column, Severity.ERROR, code, message);
  }

  /** Compiler style: {@code file:line:column: severity CODE: message}. */
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity.label()
        + " "
        + code.code()
        + ": "
        + message;
  }
}
