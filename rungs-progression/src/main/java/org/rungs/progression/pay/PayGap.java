package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.rungs.progression.SubLevel;

/**
 * The gender pay gap of an organisation on a date: the EU Pay Transparency Directive's Art. 9
 * indicators, which include the UK's six gender pay gap figures, and each category of workers' gap
 * with the Art. 10 flag.
 *
 * <pre>{@code
 * PayGapReport report = PayGap.report(people, LocalDate.of(2026, 4, 5), Audience.ADMIN);
 * report.meanGap(); // 0.2143: women's mean hourly pay is 21.43% below men's
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>Only women and men are compared; people who answered otherwise or not at all are counted
 *       apart and in no figure ({@link Sex} says why). People without pay on the date are left out.
 *   <li>Hourly basic pay is the full-time annual base salary divided by {@link
 *       #FULL_TIME_HOURS_A_YEAR}: the same as actual pay divided by {@code FTE × full-time hours},
 *       so part-timers compare by the hour as both rules ask. Gaps are {@code (men - women) / men}
 *       of the mean or the median, rounded half-up to 4 places.
 *   <li>Variable pay gaps compare the variable pay (as paid, not pro-rated) of those who receive
 *       any, as the UK bonus gap does, organisation-wide and per category (Art. 9(1)(g) breaks each
 *       category's gap down into basic and variable pay); the share receiving it is per sex.
 *   <li>Quartiles: the compared people sorted by hourly pay, person {@code i} of {@code n} (from 0)
 *       in quartile {@code floor(4i / n)}, so the four are as equal as counts allow. People with
 *       the same pay are ordered woman, man, woman, ... so that a tie straddling a boundary is
 *       split evenly, as the UK guidance asks.
 *   <li>A category of workers is what the caller names (a framework and level, or a group); its gap
 *       is of mean hourly basic pay. It is flagged when the gap is 5% or more either way: the
 *       Directive's trigger for a joint pay assessment (Art. 10). Rungs does not decide whether a
 *       gap is "justified by objective, gender-neutral criteria": it flags on the category's gap
 *       and shows beside it the gap left between women and men at the same sub-level, the part its
 *       own progression data cannot explain, for the people who must make that judgement.
 *   <li>Small groups: any figure about a group of fewer than {@link #MIN_GROUP} women or men (an
 *       average, a gap, a quartile's shares) is left out for readers other than admins, and the
 *       result says so ({@code suppressed}); admins see all.
 * </ol>
 *
 * <p>The report is for one currency; people paid in others are a report of their own. Stateless and
 * thread-safe.
 */
public final class PayGap {

  /** Below this many people, a group's pay figure could reveal who is in it. */
  public static final int MIN_GROUP = 5;

  /** 37.5 hours a week for 52 weeks: the constant cancels out of every gap. */
  public static final BigDecimal FULL_TIME_HOURS_A_YEAR = new BigDecimal("1950");

  private PayGap() {}

  /** Who reads the figures: admins see every group, others none under {@link #MIN_GROUP}. */
  public enum Audience {
    ADMIN,
    OTHERS
  }

  /**
   * One person as the pay gap sees them.
   *
   * @param framework the category's framework path or group name
   * @param subLevel the person's sub-level, for the gap left at the same sub-level
   */
  public record Person(
      String personId,
      Sex sex,
      String framework,
      int level,
      SubLevel subLevel,
      PayHistory history) {
    public Person {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(subLevel, "subLevel");
      Objects.requireNonNull(history, "history");
    }
  }

  /** A person with the pay they had on the report's date. */
  record Paid(Person person, PayChange pay) {
    Sex sex() {
      return person.sex();
    }

    BigDecimal hourly() {
      return pay.baseSalary().amount().divide(FULL_TIME_HOURS_A_YEAR, MathContext.DECIMAL64);
    }

    BigDecimal variable() {
      return pay.variablePay().amount();
    }
  }

  /**
   * @throws IllegalArgumentException if the people's pay on the date is in more than one currency
   */
  public static PayGapReport report(List<Person> people, LocalDate date, Audience audience) {
    List<Paid> paid = paidOn(people, date);
    List<Paid> compared = paid.stream().filter(p -> p.sex().compared()).toList();
    List<Paid> women = of(compared, Sex.FEMALE);
    List<Paid> men = of(compared, Sex.MALE);
    boolean hide =
        audience == Audience.OTHERS && (women.size() < MIN_GROUP || men.size() < MIN_GROUP);
    List<BigDecimal> womenVariable = receivers(women);
    List<BigDecimal> menVariable = receivers(men);
    boolean hideVariable =
        audience == Audience.OTHERS
            && (womenVariable.size() < MIN_GROUP || menVariable.size() < MIN_GROUP);
    List<PayGapReport.Shares> quartiles = PayQuartiles.of(compared);
    boolean hideQuartiles = audience == Audience.OTHERS && compared.size() < 4 * MIN_GROUP;
    Double meanGap = hide ? null : gap(women, men, Paid::hourly, Averages::mean);
    Double medianGap = hide ? null : gap(women, men, Paid::hourly, Averages::median);
    List<PayGapReport.CategoryGap> categories = PayGapCategories.of(compared, paid, audience);
    boolean suppressed =
        hide
            || hideVariable
            || hideQuartiles
            || categories.stream().anyMatch(PayGapReport.CategoryGap::suppressed);
    return new PayGapReport(
        date,
        meanGap,
        medianGap,
        hide || hideVariable
            ? null
            : Averages.gap(Averages.mean(womenVariable), Averages.mean(menVariable)),
        hide || hideVariable
            ? null
            : Averages.gap(Averages.median(womenVariable), Averages.median(menVariable)),
        hide
            ? null
            : new PayGapReport.Shares(
                Averages.share(womenVariable.size(), women.size()),
                Averages.share(menVariable.size(), men.size())),
        hideQuartiles || compared.size() < 4 ? null : quartiles, // four groups need four people
        categories,
        compared.size(),
        paid.size() - compared.size(),
        suppressed,
        explain(
            meanGap,
            medianGap,
            women.size(),
            men.size(),
            paid.size() - compared.size(),
            suppressed));
  }

  static List<Paid> paidOn(List<Person> people, LocalDate date) {
    List<Paid> paid = new ArrayList<>();
    Currency currency = null;
    for (Person person : people) {
      PayChange pay = person.history().on(date).orElse(null);
      if (pay == null) {
        continue;
      }
      Currency theirs = pay.baseSalary().currency();
      if (currency != null && !currency.equals(theirs)) {
        throw new IllegalArgumentException(
            "a pay gap report is for one currency, but pay on "
                + date
                + " is in "
                + currency
                + " and "
                + theirs
                + "; report each currency on its own");
      }
      currency = theirs;
      paid.add(new Paid(person, pay));
    }
    return paid;
  }

  static List<Paid> of(List<Paid> paid, Sex sex) {
    return paid.stream().filter(p -> p.sex() == sex).toList();
  }

  static Double gap(
      List<Paid> women,
      List<Paid> men,
      Function<Paid, BigDecimal> pay,
      Function<List<BigDecimal>, BigDecimal> average) {
    return Averages.gap(
        average.apply(women.stream().map(pay).toList()),
        average.apply(men.stream().map(pay).toList()));
  }

  static List<BigDecimal> receivers(List<Paid> group) {
    return group.stream().map(Paid::variable).filter(amount -> amount.signum() > 0).toList();
  }

  private static String explain(
      Double meanGap, Double medianGap, int women, int men, int others, boolean suppressed) {
    StringBuilder words = new StringBuilder();
    if (meanGap == null || medianGap == null) {
      words
          .append("No organisation-wide gap is shown: it needs women and men with pay on the")
          .append(" date, at least ")
          .append(MIN_GROUP)
          .append(" of each for readers other than admins.");
    } else {
      words
          .append("Women's mean hourly basic pay is ")
          .append(Averages.percent(Math.abs(meanGap)))
          .append(meanGap >= 0 ? " below" : " above")
          .append(" men's, and their median ")
          .append(Averages.percent(Math.abs(medianGap)))
          .append(medianGap >= 0 ? " below" : " above")
          .append(" (")
          .append(women)
          .append(" women, ")
          .append(men)
          .append(" men).");
    }
    if (others > 0) {
      words
          .append(" ")
          .append(others)
          .append(others == 1 ? " person" : " people")
          .append(" who did not answer female or male are in no figure.");
    }
    if (suppressed) {
      words
          .append(" Figures about groups of fewer than ")
          .append(MIN_GROUP)
          .append(" women or men are left out, so that no one's pay can be worked out.");
    }
    return words.toString();
  }
}
