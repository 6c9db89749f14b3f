package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four pay quartiles' shares of women and men, by the rule {@link PayGap} states. */
final class PayQuartiles {

  private PayQuartiles() {}

  static List<PayGapReport.Shares> of(List<PayGap.Paid> compared) {
    List<PayGap.Paid> sorted = tiesAlternating(compared);
    int n = sorted.size();
    int[] women = new int[4];
    int[] everyone = new int[4];
    for (int i = 0; i < n; i++) {
      int quartile = (int) (4L * i / n);
      everyone[quartile]++;
      if (sorted.get(i).sex() == Sex.FEMALE) {
        women[quartile]++;
      }
    }
    List<PayGapReport.Shares> shares = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      shares.add(
          new PayGapReport.Shares(
              Averages.share(women[q], everyone[q]),
              Averages.share(everyone[q] - women[q], everyone[q])));
    }
    return shares;
  }

  /** By hourly pay, and within one pay woman, man, woman, ... (then whoever is left). */
  private static List<PayGap.Paid> tiesAlternating(List<PayGap.Paid> compared) {
    Map<BigDecimal, List<PayGap.Paid>> byPay = new LinkedHashMap<>();
    compared.stream()
        .sorted(Comparator.comparing(PayGap.Paid::hourly))
        .forEach(
            p ->
                byPay
                    .computeIfAbsent(p.hourly().stripTrailingZeros(), k -> new ArrayList<>())
                    .add(p));
    List<PayGap.Paid> ordered = new ArrayList<>();
    for (List<PayGap.Paid> tie : byPay.values()) {
      List<PayGap.Paid> women = new ArrayList<>(PayGap.of(tie, Sex.FEMALE));
      List<PayGap.Paid> men = new ArrayList<>(PayGap.of(tie, Sex.MALE));
      while (!women.isEmpty() || !men.isEmpty()) {
        if (!women.isEmpty()) {
          ordered.add(women.remove(0));
        }
        if (!men.isEmpty()) {
          ordered.add(men.remove(0));
        }
      }
    }
    return ordered;
  }
}
