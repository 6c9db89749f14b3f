package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rungs.progression.SubLevel;

/**
 * The raises of a pay review round: proposed by the merit matrix, adjusted by managers with a
 * reason, measured against budgets, checked for outliers, and applied as pay history.
 *
 * <pre>{@code
 * List<Proposal> proposals = ReviewProposals.propose(candidates, MeritMatrix.DEFAULT, positions);
 * Proposal adjusted = ReviewProposals.adjust(proposals.get(0), new BigDecimal("4.5"),
 *     "took on the on-call rota", "manager-7");
 * ReviewProposals.budgetUse(ReviewProposals.budgets(BudgetRule.percent("3"), proposals), proposals);
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>The suggestion is the merit matrix's raise for the person's sub-level and the stretch of
 *       the band their salary is in (below the band counts as the first stretch, above it as the
 *       top); without a band in force or a standing, 0 and an outlier to look at.
 *   <li>A raise is from 0 to 50 percent; the new full-time salary is rounded half-up to whole
 *       currency units; its cost is the full-time raise times FTE.
 *   <li>An adjustment away from the suggestion needs a reason; back to it, none. An approved raise
 *       is final.
 *   <li>Each budget is a percent of its payroll (everyone's full-time salary times FTE), rounded
 *       half-up to whole units, or a fixed amount shared between the budgets in proportion to their
 *       payroll. A budget's use is the sum of its proposals' costs; it is over when the sum exceeds
 *       it.
 *   <li>Outliers: a raise more than {@code tolerance} percentage points from the suggestion; a new
 *       salary above the band's maximum or still below its minimum; no band; no standing.
 *   <li>Applying gives each person with an approved raise above 0 a new pay change from the round's
 *       date with the reason {@link PayReason#REVIEW}, their FTE, variable pay and zone unchanged;
 *       a closed round applies nothing again.
 * </ol>
 *
 * <p>Stateless and thread-safe; proposals are immutable values.
 */
public final class ReviewProposals {

  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(50);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReviewProposals() {}

  /**
   * A person in the round, with their pay and band on the round's date.
   *
   * @param subLevel their agreed sub-level, or {@code null} without a standing
   */
  public record Candidate(
      String personId, String budget, PayChange pay, SalaryBand band, SubLevel subLevel) {
    public Candidate {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(pay, "pay");
    }
  }

  /**
   * How a round sets its budgets: a percent of each budget's payroll, or one amount for all.
   *
   * @param percent percent of payroll, from above 0 to 50; or {@code null}
   * @param amount the round's whole budget; or {@code null}
   */
  public record BudgetRule(BigDecimal percent, Money amount) {
    public BudgetRule {
      if ((percent == null) == (amount == null)) {
        throw new IllegalArgumentException("a budget is a percent of payroll or an amount");
      }
      if (percent != null && (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0)) {
        throw new IllegalArgumentException(
            "a budget is above 0 and at most 50% of payroll, got " + percent.toPlainString());
      }
      if (amount != null && amount.amount().signum() <= 0) {
        throw new IllegalArgumentException("a budget's amount is above 0, got " + amount);
      }
    }

    public static BudgetRule percent(String percent) {
      return new BudgetRule(new BigDecimal(percent), null);
    }
  }

  /** The money a budget holder may spend on the round's raises in a year. */
  public record Budget(String budget, Money amount) {}

  /** How much of a budget the proposals use. */
  public record BudgetUse(
      String budget, Money amount, Money used, Money remaining, boolean over, String explanation) {

    /**
     * The share of the budget used, in whole percent: what a manager is shown, since amounts would
     * tell them salaries.
     */
    public int percentUsed() {
      if (amount.amount().signum() == 0) {
        return used.amount().signum() == 0 ? 0 : 100;
      }
      return used.amount()
          .multiply(HUNDRED)
          .divide(amount.amount(), 0, RoundingMode.HALF_UP)
          .intValueExact();
    }
  }

  /** A proposal to look at twice, and why. */
  public record Outlier(String personId, String kind, String explanation) {}

  public static List<Proposal> propose(
      List<Candidate> candidates, MeritMatrix matrix, BandPositions positions) {
    List<Proposal> proposals = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Money current = candidate.pay().baseSalary();
      Double position = null;
      BigDecimal suggested = BigDecimal.ZERO;
      if (candidate.band() != null) {
        SalaryBand band = candidate.band();
        position =
            current
                .amount()
                .subtract(band.min())
                .divide(band.max().subtract(band.min()), MathContext.DECIMAL64)
                .doubleValue();
        if (candidate.subLevel() != null) {
          suggested = matrix.suggest(candidate.subLevel(), positions.step(position));
        }
      }
      proposals.add(
          new Proposal(
              candidate.personId(),
              candidate.budget(),
              current,
              candidate.pay().fte(),
              candidate.subLevel(),
              position,
              candidate.band(),
              suggested,
              suggested,
              null,
              null,
              null,
              null,
              false));
    }
    return proposals.stream().map(p -> priced(p, p.percent(), null, null, false)).toList();
  }

  /**
   * @throws IllegalArgumentException if the raise is approved, is not from 0 to 50 percent, or
   *     differs from the suggestion without a reason
   */
  public static Proposal adjust(Proposal proposal, BigDecimal percent, String reason, String by) {
    Objects.requireNonNull(by, "by");
    if (proposal.approved()) {
      throw new IllegalArgumentException("this raise is approved: it is final");
    }
    if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
      throw new IllegalArgumentException(
          "a raise is from 0 to 50 percent, got " + percent.toPlainString());
    }
    // Kept, and paid, to a hundredth of a percent: what is checked against the budget and the
    // suggestion must be what is kept.
    if (percent.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "a raise has at most 2 decimals, got " + percent.toPlainString());
    }
    boolean differs = percent.compareTo(proposal.suggestedPercent()) != 0;
    if (differs && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException(
          "a raise of "
              + percent.toPlainString()
              + "% instead of the suggested "
              + proposal.suggestedPercent().toPlainString()
              + "% needs a reason");
    }
    return priced(proposal, percent, differs ? reason.strip() : null, by, false);
  }

  /** The proposal approved as it stands. */
  public static Proposal approve(Proposal proposal) {
    return priced(proposal, proposal.percent(), proposal.reason(), proposal.adjustedBy(), true);
  }

  /**
   * The proposal as it was stored after earlier adjustments, which passed {@link #adjust}'s checks
   * then: the app keeps percents, reasons and approvals, never salaries.
   */
  public static Proposal restore(
      Proposal proposal, BigDecimal percent, String reason, String by, boolean approved) {
    return priced(proposal, percent, reason, by, approved);
  }

  private static Proposal priced(
      Proposal proposal, BigDecimal percent, String reason, String by, boolean approved) {
    Money current = proposal.current();
    BigDecimal raised =
        current
            .amount()
            .multiply(BigDecimal.ONE.add(percent.divide(HUNDRED)))
            .setScale(0, RoundingMode.HALF_UP);
    Money proposed = new Money(current.currency(), raised);
    Money cost = proposed.minus(current).times(proposal.fte());
    return new Proposal(
        proposal.personId(),
        proposal.budget(),
        current,
        proposal.fte(),
        proposal.subLevel(),
        proposal.bandPosition(),
        proposal.band(),
        proposal.suggestedPercent(),
        percent,
        proposed,
        cost,
        reason,
        by,
        approved);
  }

  /** Each budget of the proposals, in the order they first appear, as {@code rule} sets it. */
  public static List<Budget> budgets(BudgetRule rule, List<Proposal> proposals) {
    Map<String, Money> payrolls = new LinkedHashMap<>();
    Money total = null;
    for (Proposal proposal : proposals) {
      Money actual = proposal.current().times(proposal.fte());
      payrolls.merge(proposal.budget(), actual, Money::plus);
      total = total == null ? actual : total.plus(actual);
    }
    List<Budget> budgets = new ArrayList<>();
    for (var payroll : payrolls.entrySet()) {
      BigDecimal amount =
          rule.percent() != null
              ? payroll.getValue().amount().multiply(rule.percent()).divide(HUNDRED)
              : rule.amount()
                  .amount()
                  .multiply(payroll.getValue().amount())
                  .divide(total.amount(), MathContext.DECIMAL64);
      budgets.add(
          new Budget(
              payroll.getKey(),
              new Money(payroll.getValue().currency(), amount.setScale(0, RoundingMode.HALF_UP))));
    }
    return budgets;
  }

  /** Each budget's use, in the order given; proposals of a budget not given are not counted. */
  public static List<BudgetUse> budgetUse(List<Budget> budgets, List<Proposal> proposals) {
    Map<String, Money> used = new LinkedHashMap<>();
    for (Budget budget : budgets) {
      used.put(budget.budget(), Money.zero(budget.amount().currency()));
    }
    for (Proposal proposal : proposals) {
      used.computeIfPresent(proposal.budget(), (key, sum) -> sum.plus(proposal.cost()));
    }
    List<BudgetUse> uses = new ArrayList<>();
    for (Budget budget : budgets) {
      Money spent = used.get(budget.budget());
      Money remaining = budget.amount().minus(spent);
      boolean over = remaining.isNegative();
      String words =
          spent
              + " of "
              + budget.amount()
              + " proposed; "
              + (over ? spent.minus(budget.amount()) + " over budget" : remaining + " left");
      uses.add(new BudgetUse(budget.budget(), budget.amount(), spent, remaining, over, words));
    }
    return uses;
  }

  /** The proposals to look at twice, in the order given. */
  public static List<Outlier> outliers(List<Proposal> proposals, BigDecimal tolerance) {
    List<Outlier> outliers = new ArrayList<>();
    for (Proposal proposal : proposals) {
      String id = proposal.personId();
      if (proposal.subLevel() == null) {
        outliers.add(
            new Outlier(id, "no-standing", "no agreed standing, so nothing to suggest from"));
      }
      if (proposal.band() == null) {
        outliers.add(new Outlier(id, "no-band", "no band is in force, so nothing to suggest from"));
      }
      BigDecimal apart = proposal.percent().subtract(proposal.suggestedPercent());
      if (apart.abs().compareTo(tolerance) > 0) {
        outliers.add(
            new Outlier(
                id,
                "far-from-matrix",
                proposal.percent().toPlainString()
                    + "% is "
                    + apart.abs().toPlainString()
                    + " points "
                    + (apart.signum() > 0 ? "above" : "below")
                    + " the suggested "
                    + proposal.suggestedPercent().toPlainString()
                    + "%"));
      }
      if (proposal.band() == null) {
        continue;
      }
      if (proposal.proposed().compareTo(proposal.band().maximum()) > 0) {
        outliers.add(
            new Outlier(
                id,
                "above-band",
                proposal.proposed()
                    + " is above the band's maximum of "
                    + proposal.band().maximum()));
      } else if (proposal.proposed().compareTo(proposal.band().minimum()) < 0) {
        outliers.add(
            new Outlier(
                id,
                "below-band",
                proposal.proposed()
                    + " is still below the band's minimum of "
                    + proposal.band().minimum()));
      }
    }
    return outliers;
  }

  /**
   * @param current each person's pay before the round, by id
   * @return each person's new pay change for an approved raise above 0, by id
   * @throws IllegalStateException if the round is closed already
   */
  public static Map<String, PayChange> apply(
      RoundState state,
      LocalDate effectiveFrom,
      List<Proposal> proposals,
      Map<String, PayChange> current) {
    if (!state.mayBecome(RoundState.CLOSED)) {
      throw new IllegalStateException("a round that is " + state.label() + " applies nothing");
    }
    Map<String, PayChange> changes = new LinkedHashMap<>();
    for (Proposal proposal : proposals) {
      if (!proposal.approved() || proposal.percent().signum() == 0) {
        continue;
      }
      PayChange before = current.get(proposal.personId());
      if (before == null) {
        throw new IllegalArgumentException("no current pay for " + proposal.personId());
      }
      changes.put(
          proposal.personId(),
          new PayChange(
              effectiveFrom,
              PayReason.REVIEW,
              proposal.proposed(),
              before.fte(),
              before.variablePay(),
              before.zone()));
    }
    return changes;
  }
}
