package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BandsFileTests {

  @Test
  void readsBandsWithHistoryZonesAndSubLevelPositions() {
    BandsFile.Result result =
        BandsFile.parse(
            """
            currency: GBP
            positions: {B: 0.2, C: 0.45, D: 0.7}
            bands:
              - framework: /eng/*
                from: 2025-01-01
                levels:
                  1: {min: 30000, max: 40000}
                  2: {min: 45000, max: 60000}
              - framework: /eng/*
                zone: london
                from: 2026-01-01
                currency: EUR
                levels:
                  2: {min: 50000, max: 66000}
            """,
            "bands.yml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.positions()).isEqualTo(new BandPositions(0.2, 0.45, 0.7));
    assertThat(result.bands()).hasSize(3);
    SalaryBands bands = SalaryBands.of(result.bands());
    assertThat(bands.inForce("/eng/backend", 2, "london", LocalDate.parse("2026-02-01")))
        .get()
        .hasToString("/eng/* level 2 (london) from 2026-01-01: €50,000–€66,000");
  }

  @Test
  void locatesEveryProblemAtItsLineAndColumn() {
    BandsFile.Result result =
        BandsFile.parse(
            """
            currency: GBP
            bands:
              - framework: /eng/*
                from: 2025-13-01
                levels:
                  2: {min: 60000, max: 45000}
              - framework: /eng/*
                from: 2025-01-01
                levels:
                  2: {min: 45000, max: 60000}
                  2: {min: 46000, max: 61000}
                  x: {min: 1, max: 2}
                  3: {min: lots, max: 90000}
                colour: blue
            """,
            "bands.yml");

    assertThat(result.isClean()).isFalse();
    assertThat(result.problems())
        .extracting(BandsFileProblem::toString)
        .containsExactly(
            "bands.yml:4:11: error: from \"2025-13-01\" is not a date written yyyy-mm-dd",
            "bands.yml:11:7: error: two bands for /eng/* level 2 zone * take effect on 2025-01-01:"
                + " £45,000–£60,000 and £46,000–£61,000; give the later one its own date",
            "bands.yml:12:7: error: level \"x\" is not a whole number from 1",
            "bands.yml:13:16: error: min \"lots\" is not an amount such as 45000 or 0.25",
            "bands.yml:14:5: error: unknown field \"colour\" in a band;"
                + " known: currency, framework, from, levels, zone");
    assertThat(result.bands()).hasSize(1);
  }

  @Test
  void reportsABandWhoseMinimumIsAboveItsMaximumAtItsLevel() {
    BandsFile.Result result =
        BandsFile.parse(
            "currency: GBP\nbands:\n  - framework: /eng/*\n    from: 2025-01-01\n    levels:\n"
                + "      2: {min: 60000, max: 45000}\n",
            "bands.yml");
    assertThat(result.problems())
        .extracting(BandsFileProblem::toString)
        .containsExactly("bands.yml:6:7: error: band minimum 60000 is not below its maximum 45000");
  }

  @Test
  void reportsYamlThatDoesNotParseWhereItBreaks() {
    BandsFile.Result result = BandsFile.parse("currency: GBP\nbands: [\n", "bands.yml");
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).toString()).startsWith("bands.yml:3:1: error: not YAML");
  }
}
