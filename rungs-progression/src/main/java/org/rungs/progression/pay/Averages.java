package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Means, medians and gaps of amounts, exact until the final rounding. */
final class Averages {

  private Averages() {}

  /** The mean, or {@code null} for none. */
  static BigDecimal mean(List<BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return null;
    }
    BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(amounts.size()), MathContext.DECIMAL64);
  }

  /** The median (the mean of the middle two for an even count), or {@code null} for none. */
  static BigDecimal median(List<BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return null;
    }
    List<BigDecimal> sorted = amounts.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
  }

  /**
   * {@code (men - women) / men}, as the UK regulations and the EU Directive define a gap: positive
   * when women are paid less; rounded half-up to 4 places (0.1234 is 12.34%). {@code null} if
   * either is missing or men's is 0.
   */
  static Double gap(BigDecimal women, BigDecimal men) {
    if (women == null || men == null || men.signum() == 0) {
      return null;
    }
    return men.subtract(women)
        .divide(men, MathContext.DECIMAL64)
        .setScale(4, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** {@code part / whole} rounded half-up to 4 places; 0 for an empty whole. */
  static double share(int part, int whole) {
    return whole == 0
        ? 0
        : BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
            .doubleValue();
  }

  /** A fraction in words as whole percent, e.g. "21.4%" to one place. */
  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }
}
