package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rungs.progression.SubLevel;

/** Each category of workers' gap and Art. 10 flag, by the rules {@link PayGap} states. */
final class PayGapCategories {

  /** The Directive's threshold for a joint pay assessment. */
  static final double JOINT_ASSESSMENT = 0.05;

  private PayGapCategories() {}

  static List<PayGapReport.CategoryGap> of(
      List<PayGap.Paid> compared, List<PayGap.Paid> everyone, PayGap.Audience audience) {
    Map<String, List<PayGap.Paid>> all = byCategory(everyone);
    Map<String, List<PayGap.Paid>> byCategory = byCategory(compared);
    List<PayGapReport.CategoryGap> gaps = new ArrayList<>();
    for (Map.Entry<String, List<PayGap.Paid>> entry : all.entrySet()) {
      List<PayGap.Paid> here = byCategory.getOrDefault(entry.getKey(), List.of());
      PayGap.Person first = entry.getValue().get(0).person();
      gaps.add(category(first.framework(), first.level(), entry.getValue().size(), here, audience));
    }
    return gaps;
  }

  private static Map<String, List<PayGap.Paid>> byCategory(List<PayGap.Paid> paid) {
    return paid.stream()
        .collect(
            Collectors.groupingBy(
                p -> p.person().framework() + "\u0000" + String.format("%04d", p.person().level()),
                TreeMap::new,
                Collectors.toList()));
  }

  private static PayGapReport.CategoryGap category(
      String framework,
      int level,
      int people,
      List<PayGap.Paid> compared,
      PayGap.Audience audience) {
    List<PayGap.Paid> women = PayGap.of(compared, Sex.FEMALE);
    List<PayGap.Paid> men = PayGap.of(compared, Sex.MALE);
    boolean suppressed =
        audience == PayGap.Audience.OTHERS
            && (women.size() < PayGap.MIN_GROUP || men.size() < PayGap.MIN_GROUP);
    if (suppressed) {
      return new PayGapReport.CategoryGap(
          framework,
          level,
          people,
          women.size(),
          men.size(),
          null,
          null,
          null,
          false,
          true,
          "Fewer than "
              + PayGap.MIN_GROUP
              + " women or "
              + PayGap.MIN_GROUP
              + " men: this category's figures are shown to admins only.");
    }
    Double gap = PayGap.gap(women, men, PayGap.Paid::hourly, Averages::mean);
    Double subLevelGap = gap == null ? null : subLevelGap(compared);
    boolean flagged = gap != null && Math.abs(gap) >= JOINT_ASSESSMENT;
    List<BigDecimal> womenVariable = PayGap.receivers(women);
    List<BigDecimal> menVariable = PayGap.receivers(men);
    boolean smallVariable =
        audience == PayGap.Audience.OTHERS
            && (womenVariable.size() < PayGap.MIN_GROUP || menVariable.size() < PayGap.MIN_GROUP);
    Double variableGap =
        smallVariable
            ? null
            : Averages.gap(Averages.mean(womenVariable), Averages.mean(menVariable));
    return new PayGapReport.CategoryGap(
        framework,
        level,
        people,
        women.size(),
        men.size(),
        gap,
        variableGap,
        subLevelGap,
        flagged,
        false,
        explain(gap, subLevelGap, flagged));
  }

  /** The gap between women and men once each is measured against their sub-level's mean. */
  private static Double subLevelGap(List<PayGap.Paid> compared) {
    Map<SubLevel, BigDecimal> means = new TreeMap<>();
    compared.stream()
        .collect(Collectors.groupingBy(p -> p.person().subLevel()))
        .forEach(
            (subLevel, group) ->
                means.put(
                    subLevel, Averages.mean(group.stream().map(PayGap.Paid::hourly).toList())));
    List<BigDecimal> women = new ArrayList<>();
    List<BigDecimal> men = new ArrayList<>();
    for (PayGap.Paid paid : compared) {
      BigDecimal relative =
          paid.hourly().divide(means.get(paid.person().subLevel()), MathContext.DECIMAL64);
      (paid.sex() == Sex.FEMALE ? women : men).add(relative);
    }
    return Averages.gap(Averages.mean(women), Averages.mean(men));
  }

  private static String explain(Double gap, Double subLevelGap, boolean flagged) {
    if (gap == null) {
      return "No gap to compute: the category needs both women and men with pay on the date.";
    }
    String words =
        "Women's mean hourly basic pay is "
            + Averages.percent(Math.abs(gap))
            + (gap >= 0 ? " below" : " above")
            + " men's";
    String sameSubLevel =
        subLevelGap == null
            ? ""
            : " Between women and men at the same sub-level the gap is "
                + Averages.percent(subLevelGap)
                + ".";
    if (flagged) {
      return words
          + ": 5% or more, so a joint pay assessment is due unless objective, gender-neutral"
          + " criteria justify it (EU Directive 2023/970, Art. 10)."
          + sameSubLevel;
    }
    return words + ": under the 5% that calls for a joint pay assessment." + sameSubLevel;
  }
}
