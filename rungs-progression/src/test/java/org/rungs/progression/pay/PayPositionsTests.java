package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.rungs.progression.SubLevel;

class PayPositionsTests {

  static final SalaryBand LEVEL_2 =
      SalaryBandsTests.band("/eng/*", 2, "*", 45_000, 60_000, "2026-01-01");

  static PayPosition place(long salary, SubLevel subLevel) {
    return PayPositions.of(
        PayHistoryTests.change("2026-04-01", PayReason.REVIEW, salary),
        LEVEL_2,
        subLevel,
        BandPositions.QUARTERS);
  }

  @Test
  void placesASalaryInItsBandAndExplainsItAgainstTheSubLevel() {
    PayPosition position = place(52_000, SubLevel.C);

    assertThat(position.currency()).isEqualTo("GBP");
    assertThat(position.salary()).isEqualByComparingTo("52000");
    assertThat(position.band())
        .isEqualTo(new PayPosition.Band(BigDecimal.valueOf(45_000), BigDecimal.valueOf(60_000)));
    assertThat(position.bandPosition()).isEqualTo(0.47); // 7,000 / 15,000 = 0.4667
    assertThat(position.compaRatio()).isEqualTo(0.99); // 52,000 / 52,500 = 0.9905
    assertThat(position.expectedPosition()).isEqualTo(new PositionRange(0.5, 0.75));
    assertThat(position.flags()).isEmpty();
    assertThat(position.explanation())
        .isEqualTo(
            "£52,000 is 47% of the way through the level-2 band (£45,000–£60,000); your"
                + " sub-level 2C puts you at 50–75%, so you are paid a little below where your"
                + " sub-level points. Compa-ratio 0.99: 99% of the band's midpoint of £52,500.");
  }

  @Test
  void saysWhenPayMatchesTheSubLevel() {
    assertThat(place(53_000, SubLevel.C).explanation()).contains("so your pay matches");
    assertThat(place(60_000, SubLevel.D).flags()).isEmpty();
  }

  @Test
  void flagsPayInTheFirstQuarterWhileStandingAtD() {
    PayPosition position = place(47_000, SubLevel.D);
    assertThat(position.flags()).containsExactly(PayFlag.PAID_BELOW_SUB_LEVEL);
    assertThat(position.explanation()).contains("well below where your sub-level points");
    assertThat(place(47_000, SubLevel.C).flags()).containsExactly(PayFlag.PAID_BELOW_SUB_LEVEL);
    // One stretch behind is what a sub-level move before the next review looks like.
    assertThat(place(47_000, SubLevel.B).flags()).isEmpty();
  }

  @Test
  void flagsPayInTheTopQuarterWhileStandingAtAOrB() {
    assertThat(place(58_000, SubLevel.A).flags()).containsExactly(PayFlag.PAID_ABOVE_SUB_LEVEL);
    assertThat(place(58_000, SubLevel.B).flags()).containsExactly(PayFlag.PAID_ABOVE_SUB_LEVEL);
    assertThat(place(58_000, SubLevel.C).flags()).isEmpty();
  }

  @Test
  void flagsPayBelowAndAboveTheBand() {
    PayPosition below = place(42_000, SubLevel.B);
    assertThat(below.flags()).containsExactly(PayFlag.BELOW_BAND);
    assertThat(below.bandPosition()).isEqualTo(-0.2);
    assertThat(below.explanation())
        .startsWith(
            "£42,000 is below the level-2 band (£45,000–£60,000), £3,000 under its minimum;");
    PayPosition above = place(63_000, SubLevel.B);
    assertThat(above.flags()).containsExactly(PayFlag.ABOVE_BAND, PayFlag.PAID_ABOVE_SUB_LEVEL);
    assertThat(above.explanation()).contains("£3,000 over its maximum");
    assertThat(PayFlag.BELOW_BAND.code()).isEqualTo("below-band");
  }

  @Test
  void refusesToPlaceASalaryInABandOfAnotherCurrency() {
    SalaryBand euros =
        new SalaryBand(
            "/eng/*",
            2,
            "*",
            Currency.getInstance("EUR"),
            BigDecimal.ONE,
            BigDecimal.TEN,
            LocalDate.parse("2026-01-01"));
    assertThatThrownBy(
            () ->
                PayPositions.of(
                    PayHistoryTests.change("2026-04-01", PayReason.REVIEW, 5),
                    euros,
                    SubLevel.A,
                    BandPositions.QUARTERS))
        .hasMessage("the salary is in GBP but the band /eng/* level 2 is in EUR");
  }

  @Test
  void saysWhatWouldMoveSomeoneToTheNextSubLevel() {
    org.rungs.progression.Standing standing =
        new org.rungs.progression.Standing(
            2,
            SubLevel.C,
            new org.rungs.progression.LevelProgress(2, 11, 20, 0),
            null,
            null,
            4,
            java.util.List.of(),
            "2C");
    PayPosition position =
        PayPositions.of(
            PayHistoryTests.change("2026-04-01", PayReason.REVIEW, 52_000),
            LEVEL_2,
            standing,
            BandPositions.QUARTERS);
    assertThat(position.explanation())
        .endsWith(
            "of £52,500. 4 more criteria demonstrated would take you to 2D, paid at 75–100%.");
  }
}
