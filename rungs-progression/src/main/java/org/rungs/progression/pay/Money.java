package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of one currency, e.g. £52,000. Amounts are {@link BigDecimal}s, never doubles, so that
 * sums of salaries are exact.
 *
 * <pre>{@code
 * Money salary = Money.of("GBP", "52000");
 * salary.toString(); // "£52,000"
 * }</pre>
 *
 * <p>Immutable. Arithmetic between two currencies is a bug and throws.
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

  // A format per thread, made once: making one per call was most of the cost of calibrating
  // 10,000 people (each explanation names three amounts). DecimalFormat is not thread-safe.
  private static final ThreadLocal<DecimalFormat> WHOLE =
      ThreadLocal.withInitial(() -> format("#,##0"));
  private static final ThreadLocal<DecimalFormat> WITH_PENCE =
      ThreadLocal.withInitial(() -> format("#,##0.00"));

  private static DecimalFormat format(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
  }

  public static Money of(String currencyCode, String amount) {
    return new Money(Currency.getInstance(currencyCode), new BigDecimal(amount));
  }

  public static Money of(Currency currency, long amount) {
    return new Money(currency, BigDecimal.valueOf(amount));
  }

  public static Money zero(Currency currency) {
    return new Money(currency, BigDecimal.ZERO);
  }

  public Money plus(Money other) {
    return new Money(currency, amount.add(same(other).amount));
  }

  public Money minus(Money other) {
    return new Money(currency, amount.subtract(same(other).amount));
  }

  /** This amount times {@code factor}, rounded half-up to the currency's minor unit. */
  public Money times(BigDecimal factor) {
    return new Money(
        currency, amount.multiply(factor).setScale(minorDigits(), RoundingMode.HALF_UP));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  private Money same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + this + " and " + other + ": different currencies");
    }
    return other;
  }

  private int minorDigits() {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /**
   * As people read it: the symbol (or code) and the amount with thousands separators, e.g.
   * "£52,000" or "€1,234.50"; no decimals for whole amounts.
   */
  @Override
  public String toString() {
    BigDecimal shown = amount.stripTrailingZeros();
    DecimalFormat format = (shown.scale() <= 0 ? WHOLE : WITH_PENCE).get();
    String symbol = currency.getSymbol(Locale.UK);
    String number = format.format(amount.abs());
    String sign = amount.signum() < 0 ? "-" : "";
    return symbol.length() == 1 ? sign + symbol + number : sign + number + " " + symbol;
  }
}
