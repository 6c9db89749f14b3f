package org.rungs.progression.pay;

import org.rungs.progression.SubLevel;

/**
 * Where in a salary band each sub-level is expected to be paid: A from the minimum to {@code b}, B
 * from {@code b} to {@code c}, C from {@code c} to {@code d}, D from {@code d} to the maximum.
 *
 * <pre>{@code
 * BandPositions.QUARTERS.expected(SubLevel.B); // 0.25–0.5
 * BandPositions.QUARTERS.subLevelAt(0.6);      // C
 * }</pre>
 *
 * @param b where B's stretch starts, above 0
 * @param c where C's starts, above {@code b}
 * @param d where D's starts, above {@code c} and below 1
 */
public record BandPositions(double b, double c, double d) {

  /** The default: each sub-level a quarter of the band. */
  public static final BandPositions QUARTERS = new BandPositions(0.25, 0.5, 0.75);

  public BandPositions {
    if (!(0 < b && b < c && c < d && d < 1)) {
      throw new IllegalArgumentException(
          "sub-level positions must rise inside the band (0 < B < C < D < 1), got B="
              + b
              + " C="
              + c
              + " D="
              + d);
    }
  }

  /** The stretch of the band that {@code subLevel} is expected to be paid in. */
  public PositionRange expected(SubLevel subLevel) {
    return switch (subLevel) {
      case A -> new PositionRange(0, b);
      case B -> new PositionRange(b, c);
      case C -> new PositionRange(c, d);
      case D -> new PositionRange(d, 1);
    };
  }

  /**
   * The sub-level whose stretch holds {@code position}; A below the band, D above it. A boundary
   * belongs to the stretch it starts: 0.5 is C's.
   */
  public SubLevel subLevelAt(double position) {
    if (position >= d) {
      return SubLevel.D;
    }
    if (position >= c) {
      return SubLevel.C;
    }
    return position >= b ? SubLevel.B : SubLevel.A;
  }

  /**
   * The quartile-like step of the band, 1 to 4, that {@code position} falls in: the sub-level
   * stretches numbered, so a merit matrix follows the same configuration as the expectations.
   */
  public int step(double position) {
    return subLevelAt(position).ordinal() + 1;
  }
}
