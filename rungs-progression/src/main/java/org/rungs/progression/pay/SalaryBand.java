package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The salary range of one level of a framework (or a group of frameworks) in one location zone,
 * from a date on: "a fairly wide salary range" for each level, as the seed framework puts it.
 *
 * <pre>{@code
 * new SalaryBand("/engineering/*", 2, "london", GBP, new BigDecimal("45000"),
 *     new BigDecimal("60000"), LocalDate.of(2026, 1, 1));
 * }</pre>
 *
 * <p>A band is never edited: a new band for the same scope, level and zone from a later date
 * replaces it from that date, and the history stays (see {@link SalaryBands}). Amounts are annual,
 * full-time.
 *
 * @param scope a framework path ({@code /engineering/backend}), a group of frameworks as a path
 *     ending in {@code /*} (every framework under {@code /engineering/}), or {@code *} for all
 * @param zone a location zone such as {@code london}, or {@link #ANY_ZONE} for everywhere
 */
public record SalaryBand(
    String scope,
    int level,
    String zone,
    Currency currency,
    BigDecimal min,
    BigDecimal max,
    LocalDate effectiveFrom) {

  /** The zone of a band that applies wherever a person works. */
  public static final String ANY_ZONE = "*";

  /** Letters, digits, spaces, hyphens and underscores, starting with a letter or digit. */
  static final Pattern ZONE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 _-]{0,39}");

  private static final Pattern SCOPE = Pattern.compile("\\*|/[^\\s*]*(/\\*)?");

  public SalaryBand {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    String problem = problem(scope, level, zone, min, max);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** What is wrong with these values for a band, or {@code null}: shared with the file readers. */
  static String problem(String scope, int level, String zone, BigDecimal min, BigDecimal max) {
    if (scope == null || !SCOPE.matcher(scope).matches()) {
      return "band scope \""
          + scope
          + "\" is not a framework path (/engineering/backend), a group (/engineering/*) or *";
    }
    if (level < 1) {
      return "band level " + level + " but levels count from 1";
    }
    if (zone == null || !(zone.equals(ANY_ZONE) || ZONE.matcher(zone).matches())) {
      return "zone \""
          + zone
          + "\" is not a zone name (letters, digits, spaces, - and _, up to 40) or *";
    }
    if (min == null || max == null || min.signum() < 0) {
      return "band minimum " + min + " must be 0 or more, with a maximum";
    }
    if (min.compareTo(max) >= 0) {
      return "band minimum "
          + min.toPlainString()
          + " is not below its maximum "
          + max.toPlainString();
    }
    return null;
  }

  public Money minimum() {
    return new Money(currency, min);
  }

  public Money maximum() {
    return new Money(currency, max);
  }

  /** Halfway between minimum and maximum: the pay a compa-ratio of 1 stands for. */
  public Money midpoint() {
    return new Money(currency, min.add(max).divide(BigDecimal.valueOf(2)));
  }

  /** True if the band applies to people on {@code framework} (a path). */
  public boolean covers(String framework) {
    if (scope.equals("*")) {
      return true;
    }
    if (scope.endsWith("/*")) {
      return framework.startsWith(scope.substring(0, scope.length() - 1));
    }
    return scope.equals(framework);
  }

  /** How closely the scope names a framework: a path beats a group, a narrower group a wider. */
  int specificity() {
    return scope.endsWith("*") ? scope.length() : Integer.MAX_VALUE;
  }

  /** Bands with the same key form one history, each replacing the one before from its date. */
  boolean sameKey(SalaryBand other) {
    return scope.equals(other.scope) && level == other.level && zone.equals(other.zone);
  }

  /** As people read it, e.g. "/engineering/* level 2 (london) from 2026-01-01: £45,000–£60,000". */
  @Override
  public String toString() {
    return scope
        + " level "
        + level
        + (zone.equals(ANY_ZONE) ? "" : " (" + zone + ")")
        + " from "
        + effectiveFrom
        + ": "
        + minimum()
        + "–"
        + maximum();
  }
}
