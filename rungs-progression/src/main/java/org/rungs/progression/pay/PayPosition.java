package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Where a person's salary sits in their band, where their sub-level says it should sit, and both in
 * words: what the "My pay" page shows and {@code GET /api/v1/people/{id}/pay} answers.
 *
 * <pre>{@code
 * {"currency": "GBP", "salary": 52000, "band": {"min": 45000, "max": 60000},
 *  "bandPosition": 0.47, "compaRatio": 0.99, "expectedPosition": {"from": 0.5, "to": 0.75},
 *  "flags": [], "explanation": "£52,000 is 47% of the way through ..."}
 * }</pre>
 *
 * @param currency the ISO 4217 code, e.g. {@code GBP}
 * @param salary the annual base salary at the full-time rate
 * @param bandPosition {@code (salary - min) / (max - min)}, rounded half-up to 2 places; below 0
 *     under the band, above 1 over it
 * @param compaRatio {@code salary / midpoint}, rounded half-up to 2 places
 * @param expectedPosition the stretch of the band the person's sub-level is expected to be paid in
 */
public record PayPosition(
    String currency,
    BigDecimal salary,
    Band band,
    double bandPosition,
    double compaRatio,
    PositionRange expectedPosition,
    List<PayFlag> flags,
    String explanation) {

  /** A band's range, as the API shows it. */
  public record Band(BigDecimal min, BigDecimal max) {}

  public PayPosition {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(salary, "salary");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(expectedPosition, "expectedPosition");
    Objects.requireNonNull(explanation, "explanation");
    flags = List.copyOf(flags);
  }
}
