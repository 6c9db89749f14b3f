package org.rungs.progression.pay;

import java.util.Comparator;
import java.util.Objects;
import org.rungs.framework.Severity;

/**
 * One located diagnostic about a bands file, compiler style: {@code bands.yml:7:9: error: band
 * minimum 60000 is not below its maximum 45000}. Lines and columns count from 1.
 */
public record BandsFileProblem(
    String file, int line, int column, Severity severity, String message) {

  /** Orders problems as a reader scans a report. */
  public static final Comparator<BandsFileProblem> BY_LOCATION =
      Comparator.comparingInt(BandsFileProblem::line).thenComparingInt(BandsFileProblem::column);

  public BandsFileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column + " for " + message);
    }
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }
}
