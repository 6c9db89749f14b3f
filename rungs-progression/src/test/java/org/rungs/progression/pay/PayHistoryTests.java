package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayHistoryTests {

  static PayChange change(String from, PayReason reason, long salary) {
    return new PayChange(
        LocalDate.parse(from),
        reason,
        Money.of("GBP", String.valueOf(salary)),
        BigDecimal.ONE,
        null,
        SalaryBand.ANY_ZONE);
  }

  @Test
  void givesThePayInForceOnADate() {
    PayChange hire = change("2025-01-06", PayReason.HIRE, 45_000);
    PayChange promotion = change("2026-04-01", PayReason.PROMOTION, 52_000);
    PayHistory history = PayHistory.of(List.of(promotion, hire));

    assertThat(history.on(LocalDate.parse("2025-01-05"))).isEmpty();
    assertThat(history.on(LocalDate.parse("2026-03-31"))).contains(hire);
    assertThat(history.on(LocalDate.parse("2026-04-01"))).contains(promotion);
    assertThat(history.changes()).containsExactly(hire, promotion);
  }

  @Test
  void rejectsTwoChangesOnOneDate() {
    assertThatThrownBy(
            () ->
                PayHistory.of(
                    List.of(
                        change("2026-04-01", PayReason.REVIEW, 50_000),
                        change("2026-04-01", PayReason.PROMOTION, 52_000))))
        .hasMessage(
            "two pay changes take effect on 2026-04-01 (review and promotion); one date, one"
                + " change");
  }

  @Test
  void paysAPartTimerTheirShareOfTheFullTimeRate() {
    PayChange partTime =
        new PayChange(
            LocalDate.parse("2026-01-01"),
            PayReason.HIRE,
            Money.of("GBP", "50000"),
            new BigDecimal("0.6"),
            Money.of("GBP", "1000"),
            "leeds");
    assertThat(partTime.actualBase()).hasToString("£30,000");
    assertThat(partTime.receivesVariablePay()).isTrue();
  }

  @Test
  void readsReasonsAndSexAsPeopleWriteThem() {
    assertThat(PayReason.of("Sub-level move")).contains(PayReason.SUB_LEVEL_MOVE);
    assertThat(PayReason.SUB_LEVEL_MOVE.label()).isEqualTo("sub-level move");
    assertThat(PayReason.of("market_adjustment")).contains(PayReason.MARKET_ADJUSTMENT);
    assertThat(Sex.of("Woman")).contains(Sex.FEMALE);
    assertThat(Sex.of("non-binary")).contains(Sex.OTHER);
    assertThat(Sex.of("Prefer not to say")).contains(Sex.UNDISCLOSED);
    assertThat(Sex.of("yes")).isEmpty();
  }
}
