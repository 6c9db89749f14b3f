package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.progression.LevelProgress;
import org.rungs.progression.Standing;
import org.rungs.progression.SubLevel;

class CalibrationTests {

  static final LocalDate DATE = LocalDate.parse("2026-06-01");
  static final SalaryBands BANDS =
      SalaryBands.of(
          List.of(SalaryBandsTests.band("/eng/*", 2, "*", 45_000, 60_000, "2026-01-01")));

  static Standing standing(int level, SubLevel subLevel, int demonstrated, int criteria) {
    return new Standing(
        level,
        subLevel,
        new LevelProgress(level, demonstrated, criteria, 0),
        new LevelProgress(level + 1, 0, 10, 0),
        null,
        0,
        List.of(),
        level + subLevel.name());
  }

  static Calibration.Person person(
      String id, SubLevel subLevel, int demonstrated, long salary, String since) {
    return new Calibration.Person(
        id,
        standing(2, subLevel, demonstrated, 20),
        since == null ? null : LocalDate.parse(since),
        salary == 0
            ? null
            : PayHistory.of(
                List.of(PayHistoryTests.change("2026-01-01", PayReason.REVIEW, salary))));
  }

  static final List<Calibration.Person> PEOPLE =
      List.of(
          person("ann", SubLevel.B, 6, 52_000, "2025-03-15"),
          person("bob", SubLevel.D, 16, 46_000, "2023-01-01"), // paid in the first quarter at D
          person("cat", SubLevel.B, 8, 0, null), // no pay recorded
          new Calibration.Person("dan", standing(3, SubLevel.A, 1, 20), null, null));

  @Test
  void putsEveryoneAtTheLevelSideBySideWithTheirBandPositionAndFlags() {
    List<CalibrationRow> rows =
        Calibration.rows("/eng/backend", 2, PEOPLE, BANDS, BandPositions.QUARTERS, DATE, true);

    assertThat(rows).extracting(CalibrationRow::personId).containsExactly("bob", "cat", "ann");
    CalibrationRow bob = rows.get(0);
    assertThat(bob.subLevel()).isEqualTo(SubLevel.D);
    assertThat(bob.demonstrated()).isEqualTo(16);
    assertThat(bob.criteria()).isEqualTo(20);
    assertThat(bob.share()).isEqualTo(0.8);
    assertThat(bob.monthsAtLevel()).isEqualTo(41);
    assertThat(bob.bandPosition()).isEqualTo(0.07);
    assertThat(bob.flags()).containsExactly(PayFlag.PAID_BELOW_SUB_LEVEL);
    assertThat(bob.readyForPromotion()).isTrue();
    CalibrationRow cat = rows.get(1);
    assertThat(cat.bandPosition()).isNull();
    assertThat(cat.monthsAtLevel()).isNull();
    CalibrationRow ann = rows.get(2);
    assertThat(ann.bandPosition()).isEqualTo(0.47);
    assertThat(ann.monthsAtLevel()).isEqualTo(14);
    assertThat(ann.flags()).isEmpty();
  }

  @Test
  void leavesPayOutForReadersWhoMayNotSeeIt() {
    List<CalibrationRow> rows =
        Calibration.rows("/eng/backend", 2, PEOPLE, BANDS, BandPositions.QUARTERS, DATE, false);
    assertThat(rows).allSatisfy(row -> assertThat(row.bandPosition()).isNull());
    assertThat(rows).allSatisfy(row -> assertThat(row.flags()).isEmpty());
    assertThat(rows).extracting(CalibrationRow::subLevel).contains(SubLevel.D);
  }

  @Test
  void leavesBandPositionOutWhereNoBandIsInForce() {
    List<CalibrationRow> rows =
        Calibration.rows(
            "/eng/backend",
            2,
            PEOPLE,
            BANDS,
            BandPositions.QUARTERS,
            LocalDate.parse("2026-01-01").minusDays(1),
            true);
    assertThat(rows).allSatisfy(row -> assertThat(row.bandPosition()).isNull());
  }
}
