package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a worker who asks is told under the EU Directive 2023/970, Art. 7: their own pay level, and
 * the average pay of their category of workers, for women and for men.
 *
 * <pre>{@code
 * WorkerInformation.of(people, "p-17", LocalDate.of(2026, 4, 5)).orElseThrow().explanation();
 * // "Your base salary is £52,000 a year full-time (£26.67 an hour). In /eng/backend level 2,
 * //  women's average is £51,200 (6 women) and men's £53,000 (9 men)."
 * }</pre>
 *
 * <p>An average over fewer than {@link PayGap#MIN_GROUP} people is left out ({@code null}): told to
 * a worker, it could reveal a colleague's pay. Averages are of full-time annual base salary,
 * rounded half-up to the currency's minor unit; hourly figures divide by {@link
 * PayGap#FULL_TIME_HOURS_A_YEAR}.
 *
 * @param femaleAverage women's average in the category, or {@code null} if fewer than 5
 * @param maleAverage men's average in the category, or {@code null} if fewer than 5
 */
public record WorkerInformation(
    String personId,
    String framework,
    int level,
    Money salary,
    Money hourly,
    Money variablePay,
    Money femaleAverage,
    int female,
    Money maleAverage,
    int male,
    String explanation) {

  /** The information for {@code personId}, if they have pay on the date. */
  public static Optional<WorkerInformation> of(
      List<PayGap.Person> people, String personId, LocalDate date) {
    List<PayGap.Paid> paid = PayGap.paidOn(people, date);
    Optional<PayGap.Paid> own =
        paid.stream().filter(p -> p.person().personId().equals(personId)).findFirst();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    PayGap.Person person = own.get().person();
    List<PayGap.Paid> category =
        paid.stream()
            .filter(
                p ->
                    p.person().framework().equals(person.framework())
                        && p.person().level() == person.level())
            .toList();
    List<PayGap.Paid> women = PayGap.of(category, Sex.FEMALE);
    List<PayGap.Paid> men = PayGap.of(category, Sex.MALE);
    PayChange pay = own.get().pay();
    Money salary = pay.baseSalary();
    Money hourly =
        new Money(
            salary.currency(),
            salary.amount().divide(PayGap.FULL_TIME_HOURS_A_YEAR, 2, RoundingMode.HALF_UP));
    Money womenAverage = average(women, salary);
    Money menAverage = average(men, salary);
    String words =
        "Your base salary is "
            + salary
            + " a year full-time ("
            + hourly
            + " an hour)"
            + (pay.receivesVariablePay() ? ", with " + pay.variablePay() + " variable pay" : "")
            + ". In "
            + person.framework()
            + " level "
            + person.level()
            + ", "
            + part("women", womenAverage, women.size())
            + " and "
            + part("men", menAverage, men.size())
            + ".";
    return Optional.of(
        new WorkerInformation(
            personId,
            person.framework(),
            person.level(),
            salary,
            hourly,
            pay.variablePay(),
            womenAverage,
            women.size(),
            menAverage,
            men.size(),
            words));
  }

  private static Money average(List<PayGap.Paid> group, Money like) {
    if (group.size() < PayGap.MIN_GROUP) {
      return null;
    }
    BigDecimal mean =
        Averages.mean(group.stream().map(p -> p.pay().baseSalary().amount()).toList());
    return new Money(like.currency(), mean.round(MathContext.DECIMAL64)).times(BigDecimal.ONE);
  }

  private static String part(String group, Money average, int count) {
    if (average == null) {
      return group
          + "'s average is not shown (fewer than "
          + PayGap.MIN_GROUP
          + " "
          + group
          + ", so it could reveal a colleague's pay)";
    }
    return group + "'s average is " + average + " (" + count + " " + group + ")";
  }
}
