package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.rungs.progression.SubLevel;

/**
 * One person's raise in a pay review round: what the merit matrix suggests and what is proposed.
 *
 * @param budget the budget the raise is paid from: the organisation's, or a top manager's
 * @param current the full-time annual base salary before the round
 * @param subLevel the agreed sub-level, or {@code null} without a standing
 * @param bandPosition where {@code current} sits in the band, or {@code null} without a band
 * @param band the band in force, or {@code null}
 * @param suggestedPercent what the merit matrix suggests; 0 without a band or standing
 * @param percent the proposed raise in percent
 * @param proposed the full-time salary after the raise, rounded half-up to whole currency units
 * @param cost what the raise adds to the year's pay: the full-time raise times FTE
 * @param reason why {@code percent} differs from the suggestion, or {@code null} if it does not
 * @param adjustedBy who last adjusted it, or {@code null} for the matrix's suggestion
 * @param approved whether an admin approved it: then it is final, and pay history when the round
 *     closes
 */
public record Proposal(
    String personId,
    String budget,
    Money current,
    BigDecimal fte,
    SubLevel subLevel,
    Double bandPosition,
    SalaryBand band,
    BigDecimal suggestedPercent,
    BigDecimal percent,
    Money proposed,
    Money cost,
    String reason,
    String adjustedBy,
    boolean approved) {

  public Proposal {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(percent, "percent");
  }

  /** True if the proposal differs from the matrix's suggestion. */
  public boolean adjusted() {
    return percent.compareTo(suggestedPercent) != 0;
  }
}
