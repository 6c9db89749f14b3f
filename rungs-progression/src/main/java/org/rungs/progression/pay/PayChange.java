package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's pay from a date on, and why it changed then.
 *
 * <pre>{@code
 * new PayChange(LocalDate.of(2026, 4, 1), PayReason.REVIEW, Money.of("GBP", "52000"),
 *     BigDecimal.ONE, Money.of("GBP", "3000"), "london");
 * }</pre>
 *
 * @param baseSalary the annual base salary at the full-time rate ("£52,000 pro rata"), which is
 *     what bands and compa-ratios compare; someone on 0.6 FTE is paid 60% of it
 * @param fte working time as a share of full time, above 0 and at most 1.5
 * @param variablePay variable pay (bonus, commission) paid for the year, as paid: not pro-rated
 * @param zone the location zone the person works in, or {@link SalaryBand#ANY_ZONE} for none
 */
public record PayChange(
    LocalDate effectiveFrom,
    PayReason reason,
    Money baseSalary,
    BigDecimal fte,
    Money variablePay,
    String zone) {

  private static final BigDecimal MAX_FTE = new BigDecimal("1.5");

  public PayChange {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(baseSalary, "baseSalary");
    Objects.requireNonNull(fte, "fte");
    Objects.requireNonNull(zone, "zone");
    variablePay = variablePay == null ? Money.zero(baseSalary.currency()) : variablePay;
    if (baseSalary.amount().signum() <= 0) {
      throw new IllegalArgumentException("base salary must be above 0, got " + baseSalary);
    }
    if (fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
      throw new IllegalArgumentException("FTE must be above 0 and at most 1.5, got " + fte);
    }
    if (variablePay.isNegative() || !variablePay.currency().equals(baseSalary.currency())) {
      throw new IllegalArgumentException(
          "variable pay " + variablePay + " must be 0 or more, in " + baseSalary.currency());
    }
  }

  /** What the person is actually paid a year in base salary: the full-time rate times FTE. */
  public Money actualBase() {
    return baseSalary.times(fte);
  }

  public boolean receivesVariablePay() {
    return variablePay.amount().signum() > 0;
  }
}
