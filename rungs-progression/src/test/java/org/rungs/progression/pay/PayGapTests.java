package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rungs.progression.SubLevel;

class PayGapTests {

  static final LocalDate DATE = LocalDate.parse("2026-04-05");

  static int ids;

  /** Someone paid {@code hourly} an hour (full-time rate) with {@code variable} a year. */
  static PayGap.Person person(
      Sex sex, String framework, int level, SubLevel subLevel, long hourly, long variable) {
    PayChange pay =
        new PayChange(
            LocalDate.parse("2026-01-01"),
            PayReason.HIRE,
            Money.of("GBP", String.valueOf(hourly * 1950)),
            BigDecimal.ONE,
            Money.of("GBP", String.valueOf(variable)),
            SalaryBand.ANY_ZONE);
    return new PayGap.Person(
        "p" + ids++, sex, framework, level, subLevel, PayHistory.of(List.of(pay)));
  }

  static PayGap.Person person(Sex sex, long hourly, long variable) {
    return person(sex, "/eng/backend", 2, SubLevel.B, hourly, variable);
  }

  /**
   * Worked by hand with the UK guidance's formulas, where a gap is (A − B) / A × 100, A being men's
   * and B women's figure, and bonus gaps compare those paid a bonus:
   *
   * <pre>
   * men's hourly pay   10, 12, 14, 20   mean 56/4 = 14    median (12+14)/2 = 13
   * women's            9, 10, 11, 14    mean 44/4 = 11    median (10+11)/2 = 10.5
   * mean gap   (14 − 11) / 14   = 0.2143      median gap (13 − 10.5) / 13 = 0.1923
   * men's bonuses      1000, 0, 3000, 5000  → 3 paid one: mean 3000, median 3000
   * women's            500, 0, 0, 2000      → 2 paid one: mean 1250, median 1250
   * bonus gaps (3000 − 1250) / 3000 = 0.5833; shares paid one: women 2/4, men 3/4
   * quartiles of 8 by hourly pay, ties ordered woman then man:
   *   9F 10F | 10M 11F | 12M 14F | 14M 20M → women 1, .5, .5, 0 and men 0, .5, .5, 1
   * </pre>
   */
  @Test
  void computesTheUkFiguresAsWorkedByHand() {
    List<PayGap.Person> people =
        List.of(
            person(Sex.MALE, 10, 1000),
            person(Sex.MALE, 12, 0),
            person(Sex.MALE, 14, 3000),
            person(Sex.MALE, 20, 5000),
            person(Sex.FEMALE, 9, 500),
            person(Sex.FEMALE, 10, 0),
            person(Sex.FEMALE, 11, 0),
            person(Sex.FEMALE, 14, 2000));

    PayGapReport report = PayGap.report(people, DATE, PayGap.Audience.ADMIN);

    assertThat(report.meanGap()).isEqualTo(0.2143);
    assertThat(report.medianGap()).isEqualTo(0.1923);
    assertThat(report.variableMeanGap()).isEqualTo(0.5833);
    assertThat(report.variableMedianGap()).isEqualTo(0.5833);
    assertThat(report.variablePay()).isEqualTo(new PayGapReport.Shares(0.5, 0.75));
    assertThat(report.quartiles())
        .containsExactly(
            new PayGapReport.Shares(1, 0),
            new PayGapReport.Shares(0.5, 0.5),
            new PayGapReport.Shares(0.5, 0.5),
            new PayGapReport.Shares(0, 1));
    assertThat(report.categories()).hasSize(1);
    assertThat(report.categories().get(0).meanGap()).isEqualTo(0.2143);
    assertThat(report.categories().get(0).variableMeanGap()).isEqualTo(0.5833);
    assertThat(report.suppressed()).isFalse();
    assertThat(report.explanation())
        .isEqualTo(
            "Women's mean hourly basic pay is 21.4% below men's, and their median 19.2% below"
                + " (4 women, 4 men).");
  }

  @Test
  void comparesPartTimersByTheHour() {
    PayChange partTime =
        new PayChange(
            LocalDate.parse("2026-01-01"),
            PayReason.HIRE,
            Money.of("GBP", "39000"),
            new BigDecimal("0.5"),
            null,
            SalaryBand.ANY_ZONE);
    List<PayGap.Person> people =
        List.of(
            new PayGap.Person(
                "w", Sex.FEMALE, "/f", 1, SubLevel.A, PayHistory.of(List.of(partTime))),
            person(Sex.MALE, "/f", 1, SubLevel.A, 20, 0));
    // £39,000 full-time is £20 an hour, whatever her hours: no gap.
    assertThat(PayGap.report(people, DATE, PayGap.Audience.ADMIN).meanGap()).isEqualTo(0.0);
  }

  @Test
  void leavesPeopleWhoAnsweredNeitherOutOfEveryFigure() {
    List<PayGap.Person> people =
        List.of(
            person(Sex.MALE, 20, 0),
            person(Sex.FEMALE, 10, 0),
            person(Sex.OTHER, 1, 0),
            person(Sex.UNDISCLOSED, 100, 0));
    PayGapReport report = PayGap.report(people, DATE, PayGap.Audience.ADMIN);
    assertThat(report.meanGap()).isEqualTo(0.5);
    assertThat(report.compared()).isEqualTo(2);
    assertThat(report.notCompared()).isEqualTo(2);
    assertThat(report.categories().get(0).people()).isEqualTo(4);
    assertThat(report.explanation()).contains("2 people who did not answer female or male");
  }

  @Test
  void flagsACategoryWithAGapOfFivePercentOrMoreForJointAssessment() {
    List<PayGap.Person> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person(Sex.MALE, "/eng/backend", 2, SubLevel.B, 20, 0));
      people.add(person(Sex.FEMALE, "/eng/backend", 2, SubLevel.B, 19, 0)); // exactly 5%
      people.add(person(Sex.MALE, "/eng/backend", 3, SubLevel.B, 30, 0));
      people.add(person(Sex.FEMALE, "/eng/backend", 3, SubLevel.B, 29, 0)); // 3.3%
    }
    List<PayGapReport.CategoryGap> categories =
        PayGap.report(people, DATE, PayGap.Audience.OTHERS).categories();

    assertThat(categories)
        .extracting(
            PayGapReport.CategoryGap::level,
            PayGapReport.CategoryGap::meanGap,
            PayGapReport.CategoryGap::flagged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 0.05, true),
            org.assertj.core.groups.Tuple.tuple(3, 0.0333, false));
    assertThat(categories.get(0).explanation())
        .startsWith(
            "Women's mean hourly basic pay is 5.0% below men's: 5% or more, so a joint"
                + " pay assessment is due");
  }

  @Test
  void showsHowMuchOfACategorysGapSubLevelsExplain() {
    List<PayGap.Person> people = new ArrayList<>();
    // Women are mostly at A and men at D; at each sub-level they are paid the same.
    for (int i = 0; i < 4; i++) {
      people.add(person(Sex.FEMALE, "/f", 2, SubLevel.A, 20, 0));
      people.add(person(Sex.MALE, "/f", 2, SubLevel.D, 30, 0));
    }
    people.add(person(Sex.MALE, "/f", 2, SubLevel.A, 20, 0));
    people.add(person(Sex.FEMALE, "/f", 2, SubLevel.D, 30, 0));
    PayGapReport.CategoryGap category =
        PayGap.report(people, DATE, PayGap.Audience.ADMIN).categories().get(0);

    assertThat(category.meanGap()).isEqualTo(0.2143); // (28 − 22) / 28
    assertThat(category.flagged()).isTrue();
    assertThat(category.subLevelGap()).isEqualTo(0.0);
    assertThat(category.explanation())
        .endsWith("Between women and men at the same sub-level the gap is 0.0%.");
  }

  @Test
  void suppressesGroupsOfFewerThanFiveForEveryoneButAdmins() {
    List<PayGap.Person> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person(Sex.MALE, "/big", 1, SubLevel.A, 20, 100));
      people.add(person(Sex.FEMALE, "/big", 1, SubLevel.A, 18, 100));
    }
    for (int i = 0; i < 4; i++) {
      people.add(person(Sex.MALE, "/small", 1, SubLevel.A, 20, 0));
    }
    people.add(person(Sex.FEMALE, "/small", 1, SubLevel.A, 15, 0));

    PayGapReport others = PayGap.report(people, DATE, PayGap.Audience.OTHERS);
    assertThat(others.suppressed()).isTrue();
    assertThat(others.meanGap()).isNotNull(); // 6 women and 9 men overall
    assertThat(others.quartiles()).isNull(); // 15 people: quartiles of under 5
    PayGapReport.CategoryGap small = others.categories().get(1);
    assertThat(small.framework()).isEqualTo("/small");
    assertThat(small.suppressed()).isTrue();
    assertThat(small.meanGap()).isNull();
    assertThat(small.flagged()).isFalse();
    assertThat(others.categories().get(0).suppressed()).isFalse();

    assertThat(others.categories().get(0).variableMeanGap()).isEqualTo(0.0);
    assertThat(others.categories().get(1).variableMeanGap()).isNull();

    PayGapReport admins = PayGap.report(people, DATE, PayGap.Audience.ADMIN);
    assertThat(admins.suppressed()).isFalse();
    assertThat(admins.categories().get(1).meanGap()).isEqualTo(0.25);
    assertThat(admins.categories().get(1).flagged()).isTrue();
    assertThat(admins.quartiles()).hasSize(4);
  }

  @Test
  void refusesToMixCurrencies() {
    PayChange euros =
        new PayChange(
            LocalDate.parse("2026-01-01"),
            PayReason.HIRE,
            Money.of("EUR", "50000"),
            BigDecimal.ONE,
            null,
            SalaryBand.ANY_ZONE);
    List<PayGap.Person> people =
        List.of(
            person(Sex.MALE, 20, 0),
            new PayGap.Person("e", Sex.FEMALE, "/f", 1, SubLevel.A, PayHistory.of(List.of(euros))));
    assertThatThrownBy(() -> PayGap.report(people, DATE, PayGap.Audience.ADMIN))
        .hasMessageContaining("GBP and EUR");
  }

  @Test
  void tellsAWorkerTheirPayAndTheirCategorysAveragesBySex() {
    List<PayGap.Person> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person(Sex.MALE, "/eng/backend", 2, SubLevel.B, 20 + i, 0));
    }
    for (int i = 0; i < 4; i++) {
      people.add(person(Sex.FEMALE, "/eng/backend", 2, SubLevel.B, 20, 0));
    }
    people.add(person(Sex.MALE, "/eng/backend", 3, SubLevel.B, 99, 0));
    String asker = people.get(5).personId();

    WorkerInformation information = WorkerInformation.of(people, asker, DATE).orElseThrow();

    assertThat(information.salary()).hasToString("£39,000");
    assertThat(information.hourly()).hasToString("£20");
    assertThat(information.maleAverage()).hasToString("£42,900"); // 22 × 1,950
    assertThat(information.male()).isEqualTo(5);
    assertThat(information.femaleAverage()).isNull();
    assertThat(information.explanation())
        .isEqualTo(
            "Your base salary is £39,000 a year full-time (£20 an hour). In /eng/backend level 2,"
                + " women's average is not shown (fewer than 5 women, so it could reveal a"
                + " colleague's pay) and men's average is £42,900 (5 men).");
    assertThat(WorkerInformation.of(people, "nobody", DATE)).isEmpty();
  }

  @Test
  void givesNoFiguresWithoutBothWomenAndMen() {
    PayGapReport empty = PayGap.report(List.of(), DATE, PayGap.Audience.ADMIN);
    assertThat(empty.meanGap()).isNull();
    assertThat(empty.quartiles()).isNull();
    assertThat(empty.categories()).isEmpty();
    assertThat(empty.suppressed()).isFalse();
    PayGapReport men = PayGap.report(List.of(person(Sex.MALE, 20, 0)), DATE, PayGap.Audience.ADMIN);
    assertThat(men.medianGap()).isNull();
    assertThat(men.categories().get(0).explanation())
        .isEqualTo(
            "No gap to compute: the category needs both women and men with pay on the date.");
  }
}
