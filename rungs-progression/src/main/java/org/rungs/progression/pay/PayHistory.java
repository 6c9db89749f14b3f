package org.rungs.progression.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every change of one person's pay, oldest first; the pay on any date is the latest change from
 * that date or before. Changes are never edited: a correction is a new change.
 *
 * <pre>{@code
 * PayHistory history = PayHistory.of(List.of(hire, promotion));
 * history.on(LocalDate.of(2026, 6, 1)); // the promotion's pay, if it took effect by then
 * }</pre>
 *
 * <p>Immutable.
 */
public record PayHistory(List<PayChange> changes) {

  public PayHistory {
    List<PayChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(PayChange::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException(
            "two pay changes take effect on "
                + sorted.get(i).effectiveFrom()
                + " ("
                + sorted.get(i - 1).reason().label()
                + " and "
                + sorted.get(i).reason().label()
                + "); one date, one change");
      }
    }
    changes = List.copyOf(sorted);
  }

  public static PayHistory of(List<PayChange> changes) {
    return new PayHistory(changes);
  }

  /** The pay in force on {@code date}: none before the first change. */
  public Optional<PayChange> on(LocalDate date) {
    PayChange found = null;
    for (PayChange change : changes) {
      if (change.effectiveFrom().isAfter(date)) {
        break;
      }
      found = change;
    }
    return Optional.ofNullable(found);
  }

  /** This history with {@code change} added, e.g. a pay review round's approved raise. */
  public PayHistory with(PayChange change) {
    List<PayChange> more = new ArrayList<>(changes);
    more.add(change);
    return new PayHistory(more);
  }
}
