package org.rungs.progression.pay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rungs.progression.Standing;
import org.rungs.progression.SubLevel;

/**
 * Everyone at one level of a framework side by side: sub-level, share demonstrated, time at the
 * level, band position and flags. What the calibration view and {@code GET
 * /api/v1/calibration?framework=PATH&level=N} show.
 *
 * <pre>{@code
 * List<CalibrationRow> rows = Calibration.rows("/eng/backend", 2, people, bands,
 *     BandPositions.QUARTERS, LocalDate.now(), true);
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>Only people whose standing is at {@code level} are rows; the caller gives the people of
 *       {@code framework}.
 *   <li>Band position and pay flags are those of {@link PayPositions} for the person's pay and the
 *       band in force on the date for the framework, level and the person's zone; without pay or a
 *       band they are left out ({@code null}, no pay flags).
 *   <li>{@code withPay} false (managers, who see calibration without salary figures) leaves band
 *       positions and pay flags out of every row: a position in a known band is a salary.
 *   <li>Time at level is whole months from the date the person reached the level to the date;
 *       {@code null} if that date is unknown.
 *   <li>Ready for promotion: standing at D, the top of the level, with a level above.
 *   <li>Rows are ordered by sub-level, then share demonstrated, highest first, then id.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Calibration {

  private Calibration() {}

  /**
   * A person as calibration sees them.
   *
   * @param levelSince the date they reached their level, or {@code null}
   * @param pay their pay history, possibly empty
   */
  public record Person(String personId, Standing standing, LocalDate levelSince, PayHistory pay) {
    public Person {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(standing, "standing");
      pay = pay == null ? PayHistory.of(List.of()) : pay;
    }
  }

  public static List<CalibrationRow> rows(
      String framework,
      int level,
      List<Person> people,
      SalaryBands bands,
      BandPositions positions,
      LocalDate date,
      boolean withPay) {
    List<CalibrationRow> rows = new ArrayList<>();
    for (Person person : people) {
      Standing standing = person.standing();
      if (standing.level() != level) {
        continue;
      }
      Optional<PayPosition> position =
          withPay ? position(framework, level, person, bands, positions, date) : Optional.empty();
      Integer months =
          person.levelSince() == null
              ? null
              : (int) ChronoUnit.MONTHS.between(person.levelSince(), date);
      rows.add(
          new CalibrationRow(
              person.personId(),
              standing.subLevel(),
              standing.current().demonstrated(),
              standing.current().criteria(),
              standing.current().share(),
              months,
              position.map(PayPosition::bandPosition).orElse(null),
              position.map(PayPosition::flags).orElse(List.of()),
              standing.subLevel() == SubLevel.D && standing.next() != null));
    }
    rows.sort(
        Comparator.comparing(CalibrationRow::subLevel)
            .thenComparingDouble(CalibrationRow::share)
            .reversed()
            .thenComparing(CalibrationRow::personId));
    return rows;
  }

  private static Optional<PayPosition> position(
      String framework,
      int level,
      Person person,
      SalaryBands bands,
      BandPositions positions,
      LocalDate date) {
    Optional<PayChange> pay = person.pay().on(date);
    if (pay.isEmpty()) {
      return Optional.empty();
    }
    return bands
        .inForce(framework, level, pay.get().zone(), date)
        .filter(band -> band.currency().equals(pay.get().baseSalary().currency()))
        .map(band -> PayPositions.of(pay.get(), band, person.standing().subLevel(), positions));
  }
}
