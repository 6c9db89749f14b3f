package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.progression.SubLevel;

class SalaryBandsTests {

  static final Currency GBP = Currency.getInstance("GBP");

  static SalaryBand band(String scope, int level, String zone, long min, long max, String from) {
    return new SalaryBand(
        scope,
        level,
        zone,
        GBP,
        BigDecimal.valueOf(min),
        BigDecimal.valueOf(max),
        LocalDate.parse(from));
  }

  @Test
  void findsTheBandInForceOnADateFromItsHistory() {
    SalaryBand old = band("/eng/backend", 2, "*", 40_000, 55_000, "2025-01-01");
    SalaryBand current = band("/eng/backend", 2, "*", 45_000, 60_000, "2026-01-01");
    SalaryBands bands = SalaryBands.of(List.of(current, old));

    assertThat(bands.inForce("/eng/backend", 2, "leeds", LocalDate.parse("2025-12-31")))
        .contains(old);
    assertThat(bands.inForce("/eng/backend", 2, "leeds", LocalDate.parse("2026-01-01")))
        .contains(current);
    assertThat(bands.inForce("/eng/backend", 2, "leeds", LocalDate.parse("2024-12-31"))).isEmpty();
    assertThat(bands.all()).containsExactly(old, current);
  }

  @Test
  void prefersAFrameworkOverAGroupAndANamedZoneOverAnyZone() {
    SalaryBand group = band("/eng/*", 2, "*", 40_000, 55_000, "2025-01-01");
    SalaryBand london = band("/eng/*", 2, "london", 48_000, 63_000, "2025-01-01");
    SalaryBand backend = band("/eng/backend", 2, "*", 45_000, 60_000, "2026-01-01");
    SalaryBands bands = SalaryBands.of(List.of(group, london, backend));

    assertThat(bands.inForce("/eng/frontend", 2, "leeds", LocalDate.parse("2026-06-01")))
        .contains(group);
    assertThat(bands.inForce("/eng/frontend", 2, "london", LocalDate.parse("2026-06-01")))
        .contains(london);
    assertThat(bands.inForce("/eng/backend", 2, "london", LocalDate.parse("2026-06-01")))
        .contains(backend);
    // Before the framework's own band starts, the group's applies.
    assertThat(bands.inForce("/eng/backend", 2, "london", LocalDate.parse("2025-06-01")))
        .contains(london);
    assertThat(bands.inForce("/design/ux", 2, "london", LocalDate.parse("2026-06-01"))).isEmpty();
  }

  @Test
  void rejectsTwoBandsOfOneHistoryOnOneDateNamingBoth() {
    assertThatThrownBy(
            () ->
                SalaryBands.of(
                    List.of(
                        band("/eng/*", 2, "*", 40_000, 55_000, "2025-01-01"),
                        band("/eng/*", 2, "*", 41_000, 56_000, "2025-01-01"))))
        .hasMessageContaining("/eng/* level 2")
        .hasMessageContaining("2025-01-01")
        .hasMessageContaining("£40,000–£55,000 and £41,000–£56,000");
  }

  @Test
  void rejectsABandWhoseMinimumIsNotBelowItsMaximum() {
    assertThatThrownBy(() -> band("/eng/*", 2, "*", 60_000, 45_000, "2025-01-01"))
        .hasMessage("band minimum 60000 is not below its maximum 45000");
    assertThatThrownBy(() -> band("eng", 2, "*", 1, 2, "2025-01-01"))
        .hasMessageContaining("\"eng\" is not a framework path");
    assertThatThrownBy(() -> band("/eng/*", 2, "=HYPERLINK()", 1, 2, "2025-01-01"))
        .hasMessageContaining("is not a zone name");
  }

  @Test
  void mapsSubLevelsToQuartersOfTheBandByDefault() {
    assertThat(BandPositions.QUARTERS.expected(SubLevel.B)).isEqualTo(new PositionRange(0.25, 0.5));
    assertThat(BandPositions.QUARTERS.expected(SubLevel.D).words()).isEqualTo("75–100%");
    assertThat(BandPositions.QUARTERS.subLevelAt(0.5)).isEqualTo(SubLevel.C);
    assertThat(BandPositions.QUARTERS.subLevelAt(-0.2)).isEqualTo(SubLevel.A);
  }

  @Test
  void takesConfiguredSubLevelPositions() {
    BandPositions positions = new BandPositions(0.2, 0.45, 0.7);
    assertThat(positions.expected(SubLevel.C)).isEqualTo(new PositionRange(0.45, 0.7));
    assertThatThrownBy(() -> new BandPositions(0.5, 0.4, 0.7))
        .hasMessageContaining("B=0.5 C=0.4 D=0.7");
  }

  @Test
  void writesMoneyAsPeopleReadIt() {
    assertThat(Money.of("GBP", "52000")).hasToString("£52,000");
    assertThat(Money.of("EUR", "1234.5")).hasToString("€1,234.50");
    assertThat(Money.of("GBP", "52000").times(new BigDecimal("0.035"))).hasToString("£1,820");
  }
}
