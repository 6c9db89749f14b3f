package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The criteria on which managers disagree most, by the rule {@link ManagerConsistency} states. */
final class Disagreements {

  private Disagreements() {}

  static List<ManagerConsistency.CriterionDisagreement> of(
      Map<String, Map<AgreedJudgement.Cell, int[]>> byManager) {
    Map<AgreedJudgement.Cell, List<Map.Entry<String, int[]>>> byCell = new HashMap<>();
    byManager.forEach(
        (manager, cells) ->
            cells.forEach(
                (cell, count) -> {
                  if (count[0] >= ManagerConsistency.MIN_OTHERS_PER_CRITERION) {
                    byCell
                        .computeIfAbsent(cell, c -> new ArrayList<>())
                        .add(Map.entry(manager, count));
                  }
                }));
    List<ManagerConsistency.CriterionDisagreement> disagreements = new ArrayList<>();
    byCell.forEach(
        (cell, managers) -> {
          if (managers.size() < 2) {
            return;
          }
          Comparator<Map.Entry<String, int[]>> byRate =
              Comparator.comparingDouble((Map.Entry<String, int[]> e) -> rate(e.getValue()))
                  .thenComparing(Map.Entry::getKey);
          Map.Entry<String, int[]> severe = managers.stream().min(byRate).orElseThrow();
          Map.Entry<String, int[]> lenient = managers.stream().max(byRate).orElseThrow();
          double high = round(rate(lenient.getValue()));
          double low = round(rate(severe.getValue()));
          disagreements.add(
              new ManagerConsistency.CriterionDisagreement(
                  cell.framework(),
                  cell.level(),
                  cell.criterion(),
                  managers.size(),
                  lenient.getKey(),
                  high,
                  severe.getKey(),
                  low,
                  round(high - low)));
        });
    disagreements.sort(
        Comparator.comparingDouble(ManagerConsistency.CriterionDisagreement::spread)
            .reversed()
            .thenComparing(ManagerConsistency.CriterionDisagreement::framework)
            .thenComparingInt(ManagerConsistency.CriterionDisagreement::level)
            .thenComparing(d -> d.criterion().value()));
    return disagreements;
  }

  private static double rate(int[] count) {
    return (double) count[1] / count[0];
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
