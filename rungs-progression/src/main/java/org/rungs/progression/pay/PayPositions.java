package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rungs.progression.Standing;
import org.rungs.progression.SubLevel;

/**
 * Places a salary in its band and says what that means for someone at a sub-level.
 *
 * <pre>{@code
 * PayPosition position = PayPositions.of(pay, band, SubLevel.C, BandPositions.QUARTERS);
 * position.explanation();
 * // "£52,000 is 47% of the way through the level-2 band (£45,000–£60,000); your sub-level 2C
 * //  puts you at 50–75%, so you are paid a little below where your sub-level points.
 * //  Compa-ratio 0.99: 99% of the band's midpoint of £52,500."
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>Band position is {@code (salary - min) / (max - min)} and compa-ratio {@code salary /
 *       midpoint}, the midpoint being {@code (min + max) / 2}; the salary is the full-time rate, so
 *       part-timers are placed as their full-time colleagues are. Both are computed exactly and
 *       rounded half-up to 2 places; words use whole percent.
 *   <li>The expected position is the sub-level's stretch of the band ({@link BandPositions}).
 *   <li>{@link PayFlag#BELOW_BAND} below the minimum; {@link PayFlag#ABOVE_BAND} above the maximum.
 *   <li>The position's own sub-level is the one whose stretch holds it (A below the band, D above
 *       it). When it is two or more steps below the person's sub-level, the flag is {@link
 *       PayFlag#PAID_BELOW_SUB_LEVEL} ("paid in the first quarter while standing at C or D"); two
 *       or more above, {@link PayFlag#PAID_ABOVE_SUB_LEVEL}. One step apart is not flagged: pay
 *       follows progression at the next review round, so pay a stretch behind a recent sub-level
 *       move is expected.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class PayPositions {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private PayPositions() {}

  /**
   * @throws IllegalArgumentException if the salary and the band are in different currencies
   */
  public static PayPosition of(
      PayChange pay, SalaryBand band, SubLevel subLevel, BandPositions positions) {
    Objects.requireNonNull(subLevel, "subLevel");
    Money salary = pay.baseSalary();
    if (!salary.currency().equals(band.currency())) {
      throw new IllegalArgumentException(
          "the salary is in "
              + salary.currency()
              + " but the band "
              + band.scope()
              + " level "
              + band.level()
              + " is in "
              + band.currency());
    }
    BigDecimal exactPosition =
        salary
            .amount()
            .subtract(band.min())
            .divide(band.max().subtract(band.min()), MathContext.DECIMAL64);
    BigDecimal exactCompa =
        salary.amount().divide(band.min().add(band.max()).divide(TWO), MathContext.DECIMAL64);
    PositionRange expected = positions.expected(subLevel);
    int steps = positions.subLevelAt(exactPosition.doubleValue()).ordinal() - subLevel.ordinal();
    List<PayFlag> flags = new ArrayList<>();
    if (salary.amount().compareTo(band.min()) < 0) {
      flags.add(PayFlag.BELOW_BAND);
    }
    if (salary.amount().compareTo(band.max()) > 0) {
      flags.add(PayFlag.ABOVE_BAND);
    }
    if (steps <= -2) {
      flags.add(PayFlag.PAID_BELOW_SUB_LEVEL);
    } else if (steps >= 2) {
      flags.add(PayFlag.PAID_ABOVE_SUB_LEVEL);
    }
    String explanation =
        where(salary, band, exactPosition)
            + "; your sub-level "
            + band.level()
            + subLevel.name()
            + " puts you at "
            + expected.words()
            + ", so "
            + verdict(exactPosition.doubleValue(), expected, steps)
            + ". Compa-ratio "
            + twoPlaces(exactCompa)
            + ": "
            + percent(exactCompa)
            + "% of the band's midpoint of "
            + band.midpoint()
            + ".";
    return new PayPosition(
        salary.currency().getCurrencyCode(),
        salary.amount(),
        new PayPosition.Band(band.min(), band.max()),
        twoPlaces(exactPosition).doubleValue(),
        twoPlaces(exactCompa).doubleValue(),
        expected,
        flags,
        explanation);
  }

  /**
   * The same as {@link #of(PayChange, SalaryBand, SubLevel, BandPositions)} for someone's standing,
   * with what would move them in words: "3 more criteria demonstrated would take you to 2D, paid at
   * 75–100%."
   */
  public static PayPosition of(
      PayChange pay, SalaryBand band, Standing standing, BandPositions positions) {
    PayPosition position = of(pay, band, standing.subLevel(), positions);
    SubLevel next = standing.subLevel().next();
    if (next == null) {
      return position;
    }
    int more = standing.moreForNextSubLevel();
    String move =
        " "
            + more
            + (more == 1 ? " more criterion" : " more criteria")
            + " demonstrated would take you to "
            + standing.level()
            + next.name()
            + ", paid at "
            + positions.expected(next).words()
            + ".";
    return new PayPosition(
        position.currency(),
        position.salary(),
        position.band(),
        position.bandPosition(),
        position.compaRatio(),
        position.expectedPosition(),
        position.flags(),
        position.explanation() + move);
  }

  private static String where(Money salary, SalaryBand band, BigDecimal position) {
    String range = " (" + band.minimum() + "–" + band.maximum() + ")";
    if (salary.compareTo(band.minimum()) < 0) {
      return salary
          + " is below the level-"
          + band.level()
          + " band"
          + range
          + ", "
          + band.minimum().minus(salary)
          + " under its minimum";
    }
    if (salary.compareTo(band.maximum()) > 0) {
      return salary
          + " is above the level-"
          + band.level()
          + " band"
          + range
          + ", "
          + salary.minus(band.maximum())
          + " over its maximum";
    }
    return salary
        + " is "
        + percent(position)
        + "% of the way through the level-"
        + band.level()
        + " band"
        + range;
  }

  private static String verdict(double position, PositionRange expected, int steps) {
    if (expected.contains(position)) {
      return "your pay matches your sub-level";
    }
    if (position < 0 || position > 1) {
      return "the band itself, not only your sub-level, says your pay should "
          + (position < 0 ? "rise" : "not rise further");
    }
    if (steps <= -2) {
      return "you are paid well below where your sub-level points: a mismatch to review";
    }
    if (steps >= 2) {
      return "you are paid well above where your sub-level points: a mismatch to review";
    }
    return position < expected.from()
        ? "you are paid a little below where your sub-level points"
        : "you are paid a little above where your sub-level points";
  }

  private static BigDecimal twoPlaces(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.HALF_UP);
  }

  private static long percent(BigDecimal exact) {
    return exact.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
  }
}
