package org.rungs.progression;

import java.util.Comparator;
import java.util.Objects;
import org.rungs.framework.Severity;

/**
 * One located diagnostic about an imported file, e.g. {@code line 4 (level): error: level 7 but
 * /engineering/backend has 6 levels}.
 *
 * <p>Lines count from 1, the header being line 1; a row whose quoted value spans lines is located
 * at the line it starts on.
 *
 * @param column the column the problem is in, as the header names it (e.g. {@code manager_email}),
 *     or {@code null} for a problem with the file or a whole row
 */
public record ImportProblem(int line, String column, Severity severity, String message) {

  /** Orders problems as a reader scans a report: by line, errors first. */
  public static final Comparator<ImportProblem> BY_LINE =
      Comparator.comparingInt(ImportProblem::line).thenComparing(ImportProblem::severity);

  public ImportProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("lines count from 1, got " + line + " for " + message);
    }
  }

  static ImportProblem error(int line, String column, String message) {
    return new ImportProblem(line, column, Severity.ERROR, message);
  }

  static ImportProblem warning(int line, String column, String message) {
    return new ImportProblem(line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** As a report prints it: {@code line 4 (level): error: level 7 but ...}. */
  @Override
  public String toString() {
    return "line "
        + line
        + (column == null ? "" : " (" + column + ")")
        + ": "
        + severity.label()
        + ": "
        + message;
  }
}
