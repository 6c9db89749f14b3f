package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holm's step-down correction of many managers' p-values: the i-th smallest of m tested is
 * multiplied by {@code m - i} (from i = 0), kept at least as large as the one before, capped at 1.
 * A manager is beyond chance when the corrected value is at most {@link ManagerConsistency#ALPHA}.
 */
final class Holm {

  private Holm() {}

  static List<ManagerConsistency.ManagerFigure> correct(List<ManagerConsistency.Tested> all) {
    List<ManagerConsistency.Tested> tested =
        all.stream()
            .filter(ManagerConsistency.Tested::enough)
            .sorted(Comparator.comparingDouble(ManagerConsistency.Tested::p))
            .toList();
    int m = tested.size();
    java.util.Map<String, Double> corrected = new java.util.HashMap<>();
    double running = 0;
    for (int i = 0; i < m; i++) {
      running = Math.max(running, Math.min(1, (m - i) * tested.get(i).p()));
      corrected.put(tested.get(i).managerId(), running);
    }
    List<ManagerConsistency.ManagerFigure> figures = new ArrayList<>();
    for (ManagerConsistency.Tested manager : all) {
      Double p = corrected.get(manager.managerId());
      double leniency = round(manager.rate() - manager.expectedRate());
      boolean beyond = p != null && p <= ManagerConsistency.ALPHA;
      figures.add(
          new ManagerConsistency.ManagerFigure(
              manager.managerId(),
              manager.assessments(),
              manager.people(),
              round(manager.rate()),
              round(manager.expectedRate()),
              leniency,
              p == null ? 1 : p,
              p != null,
              beyond,
              explain(manager, leniency, p, beyond, m)));
    }
    figures.sort(ManagerConsistency.MOST_LENIENT_FIRST);
    return figures;
  }

  private static String explain(
      ManagerConsistency.Tested manager, double leniency, Double p, boolean beyond, int m) {
    String counts =
        "Agreed demonstrated on "
            + percent(manager.rate())
            + " of "
            + manager.assessments()
            + " assessments ("
            + manager.people()
            + (manager.people() == 1 ? " person" : " people")
            + "), where the rest of the organisation agreed "
            + percent(manager.expectedRate())
            + " on the same criteria at the same levels";
    if (p == null) {
      return counts
          + ". Too few to judge: at least "
          + ManagerConsistency.MIN_ASSESSMENTS
          + " assessments about "
          + ManagerConsistency.MIN_PEOPLE
          + " people are needed.";
    }
    long points = Math.round(Math.abs(leniency) * 100);
    String direction =
        points == 0
            ? ": the same"
            : ": "
                + points
                + (points == 1 ? " point" : " points")
                + (leniency > 0 ? " more lenient" : " more severe");
    String chance =
        beyond
            ? " Beyond chance (p = " + fourPlaces(p) + ", Holm-corrected over " + m + " managers)."
            : " Within what chance allows (p = "
                + fourPlaces(p)
                + ", Holm-corrected over "
                + m
                + " managers).";
    return counts + direction + "." + chance;
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  private static String fourPlaces(double p) {
    return BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
