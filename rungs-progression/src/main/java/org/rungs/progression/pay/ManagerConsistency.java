package org.rungs.progression.pay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each manager's agreed "demonstrated" rate compares with the rest of the organisation's on the
 * same criteria at the same levels, and whether the difference is beyond chance; and the criteria
 * on which managers disagree most. Calibration per criterion.
 *
 * <pre>{@code
 * ManagerConsistency.Report report = ManagerConsistency.of(judgements);
 * report.managers().get(0).explanation();
 * // "Agreed demonstrated on 74% of 240 assessments (6 people), where the rest of the
 * //  organisation agreed 51% on the same criteria at the same levels: 23 points more lenient.
 * //  Beyond chance (p = 0.0000, Holm-corrected over 12 managers)."
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>A manager is compared criterion by criterion (framework, level, criterion) with everyone
 *       else's agreements on the same one; a criterion counts only where the others made at least
 *       {@link #MIN_OTHERS_PER_CRITERION} agreements, so there is something to compare with.
 *   <li>The rate expected of the manager is the others' rate on each criterion, weighted by how
 *       often the manager judged it; the others' rate is smoothed to {@code (k + 0.5) / (n + 1)} so
 *       that a criterion everyone passes still allows for chance. <b>Leniency</b> is the manager's
 *       rate minus the expected one: positive more lenient, negative more severe.
 *   <li>Beyond chance: each person assessed gets a residual, {@code (observed - expected) /
 *       assessments} of their agreements. People, not single agreements, are the units, because one
 *       person's criteria rise and fall together (a strong engineer passes many): a test on
 *       agreements alone flagged fair managers of strong teams in our simulations. The z score
 *       compares the mean residual of the manager's people with everyone else's, scaled by the
 *       spread of the others' residuals; the two-sided p-value is the normal one. Managers are
 *       many, so p-values are corrected with Holm's method (family-wise error 5%, valid under any
 *       dependence, never less powerful than Bonferroni), and a manager is beyond chance if their
 *       corrected p is at most {@link #ALPHA}.
 *   <li>Only managers with at least {@link #MIN_ASSESSMENTS} comparable agreements about at least
 *       {@link #MIN_PEOPLE} people are tested; others are listed as too few to judge, never beyond
 *       chance.
 *   <li>What it cannot tell: a team that is truly stronger looks lenient. "Beyond chance" says the
 *       difference is larger than people under other managers usually differ; it is a prompt for a
 *       calibration conversation, not a verdict.
 *   <li>Disagreement on a criterion: among managers with at least {@link #MIN_OTHERS_PER_CRITERION}
 *       agreements on it (two or more such managers), the spread between the highest and the lowest
 *       manager's rate. Largest first.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ManagerConsistency {

  public static final double ALPHA = 0.05;
  public static final int MIN_ASSESSMENTS = 30;
  public static final int MIN_PEOPLE = 3;
  public static final int MIN_OTHERS_PER_CRITERION = 5;

  private ManagerConsistency() {}

  /**
   * @param managers every manager with agreements, most lenient first
   * @param criteria the criteria managers disagree on, most first
   */
  public record Report(List<ManagerFigure> managers, List<CriterionDisagreement> criteria) {
    public Report {
      managers = List.copyOf(managers);
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One manager's figures, as {@code GET /api/v1/managers/consistency} lists them.
   *
   * @param assessments the manager's agreements compared (on criteria others judged enough)
   * @param people the people those agreements are about
   * @param rate the share the manager agreed as demonstrated
   * @param expected the share the others' rates lead one to expect
   * @param leniency {@code rate - expected}, rounded to 4 places
   * @param p Holm-corrected two-sided p-value; 1 if not tested
   */
  public record ManagerFigure(
      String personId,
      int assessments,
      int people,
      double rate,
      double expected,
      double leniency,
      double p,
      boolean tested,
      boolean beyondChance,
      String explanation) {}

  /** One criterion, and how far apart the managers who judged it most and least leniently are. */
  public record CriterionDisagreement(
      String framework,
      int level,
      org.rungs.framework.CriterionId criterion,
      int managers,
      String mostLenient,
      double highestRate,
      String mostSevere,
      double lowestRate,
      double spread) {}

  public static Report of(List<AgreedJudgement> judgements) {
    Map<AgreedJudgement.Cell, int[]> totals = new HashMap<>();
    Map<String, Map<AgreedJudgement.Cell, int[]>> byManager = new TreeMap<>();
    for (AgreedJudgement judgement : judgements) {
      add(totals.computeIfAbsent(judgement.cell(), c -> new int[2]), judgement.demonstrated());
      add(
          byManager
              .computeIfAbsent(judgement.managerId(), m -> new HashMap<>())
              .computeIfAbsent(judgement.cell(), c -> new int[2]),
          judgement.demonstrated());
    }
    // One unit per person and manager: observed and expected demonstrated, and how many.
    Map<String, Map<String, double[]>> units = new TreeMap<>();
    for (AgreedJudgement judgement : judgements) {
      int[] total = totals.get(judgement.cell());
      int[] mine = byManager.get(judgement.managerId()).get(judgement.cell());
      if (!comparable(total, mine)) {
        continue;
      }
      double others = (total[1] - mine[1] + 0.5) / (total[0] - mine[0] + 1.0);
      double[] unit =
          units
              .computeIfAbsent(judgement.managerId(), m -> new HashMap<>())
              .computeIfAbsent(judgement.personId(), p -> new double[3]);
      unit[0] += judgement.demonstrated() ? 1 : 0;
      unit[1] += others;
      unit[2]++;
    }
    Residuals everyone = new Residuals();
    units.values().forEach(people -> people.values().forEach(everyone::add));
    List<Tested> figures = new ArrayList<>();
    for (String manager : byManager.keySet()) {
      Map<String, double[]> people = units.getOrDefault(manager, Map.of());
      Residuals theirs = new Residuals();
      people.values().forEach(theirs::add);
      figures.add(Tested.of(manager, theirs, everyone.without(theirs)));
    }
    return new Report(Holm.correct(figures), Disagreements.of(byManager));
  }

  static void add(int[] count, boolean demonstrated) {
    count[0]++;
    if (demonstrated) {
      count[1]++;
    }
  }

  /** True if the others (everyone but the manager) judged this criterion enough to compare. */
  static boolean comparable(int[] total, int[] manager) {
    return total[0] - manager[0] >= MIN_OTHERS_PER_CRITERION;
  }

  /**
   * Sums over people of their residual rate {@code (observed - expected) / assessments}, and of
   * their counts: enough to take a group of people out of the whole in constant time.
   */
  static final class Residuals {
    int people;
    double sum;
    double squares;
    double observed;
    double expected;
    int assessments;

    void add(double[] unit) {
      double residual = (unit[0] - unit[1]) / unit[2];
      people++;
      sum += residual;
      squares += residual * residual;
      observed += unit[0];
      expected += unit[1];
      assessments += (int) unit[2];
    }

    Residuals without(Residuals part) {
      Residuals rest = new Residuals();
      rest.people = people - part.people;
      rest.sum = sum - part.sum;
      rest.squares = squares - part.squares;
      return rest;
    }

    double mean() {
      return people == 0 ? 0 : sum / people;
    }

    double variance() {
      return people < 2 ? 0 : Math.max(0, (squares - sum * sum / people) / (people - 1));
    }
  }

  /** A manager's figures and raw p-value, before the correction for many managers. */
  record Tested(
      String managerId, int assessments, int people, double observed, double expected, double p) {

    /**
     * The z test compares the mean residual of the manager's people with the other people's, whose
     * spread stands for how much people differ under other managers: people, not single agreements,
     * are the units, because one person's criteria rise and fall together.
     */
    static Tested of(String managerId, Residuals theirs, Residuals others) {
      double p = 1;
      boolean enough =
          theirs.assessments >= MIN_ASSESSMENTS
              && theirs.people >= MIN_PEOPLE
              && others.people >= 2;
      double spread =
          others.variance() * (1.0 / Math.max(1, theirs.people) + 1.0 / Math.max(1, others.people));
      if (enough && spread > 0) {
        p = Normal.twoSidedP((theirs.mean() - others.mean()) / Math.sqrt(spread));
      }
      return new Tested(
          managerId,
          theirs.assessments,
          theirs.people,
          theirs.observed,
          theirs.expected,
          enough ? p : Double.NaN);
    }

    boolean enough() {
      return !Double.isNaN(p);
    }

    double rate() {
      return assessments == 0 ? 0 : observed / assessments;
    }

    double expectedRate() {
      return assessments == 0 ? 0 : expected / assessments;
    }
  }

  static final Comparator<ManagerFigure> MOST_LENIENT_FIRST =
      Comparator.comparingDouble(ManagerFigure::leniency)
          .reversed()
          .thenComparing(ManagerFigure::personId);
}
