package org.rungs.progression.pay;

/**
 * A stretch of a salary band, as fractions of the way from its minimum (0) to its maximum (1), e.g.
 * 0.5–0.75 for sub-level C with the default quarters.
 */
public record PositionRange(double from, double to) {

  public PositionRange {
    if (!(0 <= from && from < to && to <= 1)) {
      throw new IllegalArgumentException(
          "a position range runs from 0 to 1 with from below to, got " + from + "–" + to);
    }
  }

  /** True if {@code position} is in the range: its start included, its end excluded but for 1. */
  public boolean contains(double position) {
    return position >= from && (position < to || (to == 1 && position <= 1));
  }

  /** In words, e.g. "50–75%". */
  public String words() {
    return Math.round(from * 100) + "–" + Math.round(to * 100) + "%";
  }
}
