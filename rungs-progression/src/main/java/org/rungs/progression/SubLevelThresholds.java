package org.rungs.progression;

/**
 * The share of a level's criteria that must be demonstrated to reach sub-levels B, C and D.
 *
 * <pre>{@code
 * SubLevelThresholds.QUARTILES.subLevel(9, 20); // B: 45% is at least 25%, below 50%
 * }</pre>
 *
 * @param b the share for B, above 0
 * @param c the share for C, above {@code b}
 * @param d the share for D, above {@code c}, at most 1
 */
public record SubLevelThresholds(double b, double c, double d) {

  /** The default: a quarter, a half, three quarters. */
  public static final SubLevelThresholds QUARTILES = new SubLevelThresholds(0.25, 0.5, 0.75);

  public SubLevelThresholds {
    if (!(0 < b && b < c && c < d && d <= 1)) {
      throw new IllegalArgumentException(
          "sub-level thresholds must rise from above 0 to at most 1 (0 < B < C < D <= 1), got B="
              + b
              + " C="
              + c
              + " D="
              + d);
    }
  }

  /** The sub-level for {@code demonstrated} of {@code criteria}; A when a level has no criteria. */
  public SubLevel subLevel(int demonstrated, int criteria) {
    if (criteria <= 0) {
      return SubLevel.A;
    }
    SubLevel reached = SubLevel.A;
    for (SubLevel candidate : new SubLevel[] {SubLevel.B, SubLevel.C, SubLevel.D}) {
      if (reaches(demonstrated, criteria, share(candidate))) {
        reached = candidate;
      }
    }
    return reached;
  }

  /** How many more criteria take {@code demonstrated} of {@code criteria} to {@code target}. */
  public int moreFor(SubLevel target, int demonstrated, int criteria) {
    if (target == SubLevel.A) {
      return 0;
    }
    int needed = 0;
    while (demonstrated + needed < criteria
        && !reaches(demonstrated + needed, criteria, share(target))) {
      needed++;
    }
    return needed;
  }

  private double share(SubLevel subLevel) {
    return switch (subLevel) {
      case A -> 0;
      case B -> b;
      case C -> c;
      case D -> d;
    };
  }

  /** Compared in whole numbers, so 5 of 20 is exactly a quarter, not a rounding error below it. */
  private static boolean reaches(int demonstrated, int criteria, double share) {
    return demonstrated * 1_000_000L >= Math.round(share * 1_000_000L) * criteria;
  }
}
