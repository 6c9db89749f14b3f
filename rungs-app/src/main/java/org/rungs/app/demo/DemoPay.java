package org.rungs.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.app.demo.DemoOrganisation.Seniority;
import org.rungs.app.pay.PayFiles;
import org.rungs.progression.pay.Money;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayReason;
import org.rungs.progression.pay.SalaryBand;
import org.rungs.progression.pay.Sex;

/**
 * The demo's pay: a band per level for every framework (with last year's, to show history), a
 * salary and the optional sex field for everyone, and planted cases the pay views should find: an
 * under-paid person, a lenient and a severe manager, and a category with a pay gap. Depends only on
 * the plan and the seed.
 */
final class DemoPay {

  private static final Currency GBP = Currency.getInstance("GBP");
  private static final int MIN_TEAM = 6;

  /**
   * @param leniency the planted managers: +1 lenient, -1 severe
   * @param planted one line per planted case, as {@code rungs demo} prints them
   */
  record Plan(
      List<SalaryBand> bands,
      List<PayFiles.NewPay> pay,
      Map<Long, Integer> leniency,
      List<String> planted) {}

  private DemoPay() {}

  static Plan plan(List<Planned> planned, long seed, LocalDate today) {
    Random random = new Random(seed * 104729 + 3);
    int top = planned.stream().mapToInt(Planned::level).max().orElse(1);
    List<SalaryBand> bands = new ArrayList<>();
    Map<Integer, SalaryBand> current = new HashMap<>();
    for (int level = 1; level <= top; level++) {
      long min = 28_000 + 14_000L * (level - 1);
      long max = Math.round(min * 1.4 / 1000) * 1000;
      bands.add(band(level, min * 95 / 100, max * 95 / 100, today.minusYears(2)));
      SalaryBand now = band(level, min, max, today.minusYears(1));
      bands.add(now);
      current.put(level, now);
    }
    List<String> planted = new ArrayList<>();
    Map<Long, Integer> leniency = plantManagers(planned, planted);
    String[] gap = biggestCategory(planned);
    Planned underPaid =
        planned.stream()
            .filter(p -> p.seniority() == Seniority.CONTRIBUTOR && p.targetLevel() != null)
            .filter(p -> !(p.framework().equals(gap[0]) && p.level() == Integer.parseInt(gap[1])))
            .findFirst()
            .orElse(null);
    List<PayFiles.NewPay> pay = new ArrayList<>();
    for (Planned person : planned) {
      Sex sex = sex(random);
      SalaryBand band = current.get(person.level());
      double position = Math.max(0.03, Math.min(0.97, 0.45 + random.nextGaussian() * 0.2));
      if (person == underPaid) {
        position = -0.2;
      } else if (sex == Sex.FEMALE
          && person.framework().equals(gap[0])
          && person.level() == Integer.parseInt(gap[1])) {
        position = Math.max(-0.1, position - 0.45);
      }
      BigDecimal salary =
          band.min()
              .add(band.max().subtract(band.min()).multiply(BigDecimal.valueOf(position)))
              .setScale(-2, java.math.RoundingMode.HALF_UP);
      BigDecimal fte = random.nextInt(10) == 0 ? new BigDecimal("0.8") : BigDecimal.ONE;
      long bonus = random.nextInt(3) == 0 ? 500 + random.nextInt(40) * 100 : 0;
      LocalDate from =
          person.levelSince() == null || person.levelSince().isAfter(today)
              ? today.minusMonths(6)
              : person.levelSince();
      pay.add(
          new PayFiles.NewPay(
              person.id(),
              new PayChange(
                  from,
                  PayReason.HIRE,
                  new Money(GBP, salary.max(BigDecimal.valueOf(1000))),
                  fte,
                  Money.of(GBP, bonus),
                  SalaryBand.ANY_ZONE),
              sex));
    }
    if (underPaid != null) {
      planted.add(0, "planted under-paid " + underPaid.email());
    }
    if (gap[0] != null) {
      planted.add("planted pay-gap " + gap[0] + " " + gap[1]);
    }
    return new Plan(bands, pay, leniency, planted);
  }

  private static SalaryBand band(int level, long min, long max, LocalDate from) {
    return new SalaryBand(
        "*",
        level,
        SalaryBand.ANY_ZONE,
        GBP,
        BigDecimal.valueOf(min),
        BigDecimal.valueOf(max),
        from);
  }

  private static Sex sex(Random random) {
    int roll = random.nextInt(100);
    return roll < 45 ? Sex.FEMALE : roll < 95 ? Sex.MALE : Sex.UNDISCLOSED;
  }

  /** The first two managers of a settled team of at least 6: one lenient, one severe. */
  private static Map<Long, Integer> plantManagers(List<Planned> planned, List<String> planted) {
    Map<Long, Integer> settledReports = new HashMap<>();
    Map<Long, Planned> byId = new HashMap<>();
    for (Planned person : planned) {
      byId.put(person.id(), person);
      if (person.managerId() != null && person.targetLevel() != null) {
        settledReports.merge(person.managerId(), 1, Integer::sum);
      }
    }
    Map<Long, Integer> leniency = new LinkedHashMap<>();
    for (Planned person : planned) {
      if (leniency.size() == 2) {
        break;
      }
      if (person.seniority() == Seniority.MANAGER
          && settledReports.getOrDefault(person.id(), 0) >= MIN_TEAM) {
        boolean lenient = leniency.isEmpty();
        leniency.put(person.id(), lenient ? 1 : -1);
        planted.add("planted " + (lenient ? "lenient" : "severe") + "-manager " + person.email());
      }
    }
    return leniency;
  }

  /** The framework and level with the most people: where the planted pay gap is clearest. */
  private static String[] biggestCategory(List<Planned> planned) {
    Map<String, Integer> sizes = new HashMap<>();
    for (Planned person : planned) {
      if (person.managerId() != null) {
        sizes.merge(person.framework() + " " + person.level(), 1, Integer::sum);
      }
    }
    return sizes.entrySet().stream()
        .filter(entry -> entry.getValue() >= 20)
        .max(Map.Entry.comparingByValue())
        .map(entry -> entry.getKey().split(" "))
        .orElse(new String[] {null, "0"});
  }
}
