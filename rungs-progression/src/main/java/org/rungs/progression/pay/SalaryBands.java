package org.rungs.progression.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every salary band with its history, and the one band in force for a person on a date.
 *
 * <pre>{@code
 * SalaryBands bands = SalaryBands.of(List.of(band2025, band2026));
 * bands.inForce("/engineering/backend", 2, "london", LocalDate.of(2026, 3, 1)); // band2026
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>Bands with the same scope, level and zone form a history: each is in force from its {@code
 *       effectiveFrom} until the next one's. Two of them from the same date conflict and are
 *       rejected, naming both.
 *   <li>A band is in force for a framework, level and zone on date D if it covers the framework,
 *       has the level, has the zone or {@link SalaryBand#ANY_ZONE}, and is the latest of its
 *       history from D or before.
 *   <li>Of the bands in force, the most specific wins: a framework path over a group, a narrower
 *       group over a wider one, then a named zone over any zone.
 *   <li>Before a scope's first band, a wider scope's band applies; with none, there is no band.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class SalaryBands {

  private final List<SalaryBand> bands;

  private SalaryBands(List<SalaryBand> bands) {
    this.bands = bands;
  }

  /**
   * @throws IllegalArgumentException naming both bands if two of a history start on one date
   */
  public static SalaryBands of(List<SalaryBand> bands) {
    List<SalaryBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(SalaryBand::effectiveFrom));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < i; j++) {
        Optional<String> conflict = conflict(sorted.get(j), sorted.get(i));
        if (conflict.isPresent()) {
          throw new IllegalArgumentException(conflict.get());
        }
      }
    }
    return new SalaryBands(List.copyOf(sorted));
  }

  /** Why two bands cannot both be kept, if they cannot: one history, one date. */
  public static Optional<String> conflict(SalaryBand earlier, SalaryBand later) {
    if (earlier.sameKey(later) && earlier.effectiveFrom().equals(later.effectiveFrom())) {
      return Optional.of(
          "two bands for "
              + later.scope()
              + " level "
              + later.level()
              + " zone "
              + later.zone()
              + " take effect on "
              + later.effectiveFrom()
              + ": "
              + earlier.minimum()
              + "–"
              + earlier.maximum()
              + " and "
              + later.minimum()
              + "–"
              + later.maximum()
              + "; give the later one its own date");
    }
    return Optional.empty();
  }

  /** Every band, oldest first. */
  public List<SalaryBand> all() {
    return bands;
  }

  /** The band in force for someone on {@code framework} at {@code level} in {@code zone} on D. */
  public Optional<SalaryBand> inForce(String framework, int level, String zone, LocalDate date) {
    Objects.requireNonNull(date, "date");
    SalaryBand best = null;
    for (SalaryBand band : bands) {
      if (band.level() != level
          || band.effectiveFrom().isAfter(date)
          || !band.covers(framework)
          || !(band.zone().equals(zone) || band.zone().equals(SalaryBand.ANY_ZONE))) {
        continue;
      }
      if (best == null || beats(band, best)) {
        best = band;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Bands are sorted oldest first, so a later one of the same rank replaces an earlier one. */
  private static boolean beats(SalaryBand band, SalaryBand best) {
    if (band.specificity() != best.specificity()) {
      return band.specificity() > best.specificity();
    }
    boolean named = !band.zone().equals(SalaryBand.ANY_ZONE);
    boolean bestNamed = !best.zone().equals(SalaryBand.ANY_ZONE);
    if (named != bestNamed) {
      return named;
    }
    return !band.effectiveFrom().isBefore(best.effectiveFrom());
  }
}
