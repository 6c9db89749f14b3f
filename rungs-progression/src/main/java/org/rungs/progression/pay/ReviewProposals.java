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
 * ReviewProposals.budgetUse(budgets, proposals); // per budget: used, remaining, over or not
 * }</pre>
 *
 * <p>The rules:
 *
 * <ol>
 *   <li>The suggestion is the merit matrix's raise for the person's sub-level and the stretch of
 *       the band their salary is in (below the band counts as the first stretch, above it as the
 *       top); without a band in force, 0 and an outlier to look at.
 *   <li>A raise is from 0 to 50 percent; the new full-time salary is rounded half-up to whole
 *       currency units; its cost is the full-time raise times FTE.
 *   <li>An adjustment away from the suggestion needs a reason; back to it, none.
 *   <li>A budget's use is the sum of its proposals' costs; it is over when the sum exceeds it.
 *   <li>Outliers: a raise more than {@code tolerance} percentage points from the suggestion; a new
 *       salary above the band's maximum or still below its minimum; no band.
 *   <li>Applying is for an {@link RoundState#APPROVED} round only, and gives each person with a
 *       raise above 0 a new pay change from the round's date with the reason {@link
 *       PayReason#REVIEW}, their FTE, variable pay and zone unchanged.
 * </ol>
 *
 * <p>Stateless and thread-safe; proposals are immutable values.
 */
public final class ReviewProposals {

  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(50);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReviewProposals() {}

  /** A person in the round, with their pay and band on the round's date. */
  public record Candidate(
      String personId, String budget, PayChange pay, SalaryBand band, SubLevel subLevel) {
    public Candidate {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(pay, "pay");
      Objects.requireNonNull(subLevel, "subLevel");
    }
  }

  /** The money a budget holder may spend on the round's raises in a year. */
  public record Budget(String budget, Money amount) {}

  /** How much of a budget the proposals use. */
  public record BudgetUse(
      String budget, Money amount, Money used, Money remaining, boolean over, String explanation) {}

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
        suggested = matrix.suggest(candidate.subLevel(), positions.step(position));
      }
      proposals.add(
          priced(
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
              null));
    }
    return proposals;
  }

  /**
   * @throws IllegalArgumentException if the raise is not from 0 to 50 percent, or differs from the
   *     suggestion without a reason
   */
  public static Proposal adjust(Proposal proposal, BigDecimal percent, String reason, String by) {
    Objects.requireNonNull(by, "by");
    if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
      throw new IllegalArgumentException("a raise is from 0 to 50 percent, got " + percent);
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
    return priced(
        proposal.personId(),
        proposal.budget(),
        proposal.current(),
        proposal.fte(),
        proposal.subLevel(),
        proposal.bandPosition(),
        proposal.band(),
        proposal.suggestedPercent(),
        percent,
        differs ? reason.strip() : null,
        by);
  }

  private static Proposal priced(
      String personId,
      String budget,
      Money current,
      BigDecimal fte,
      SubLevel subLevel,
      Double position,
      SalaryBand band,
      BigDecimal suggested,
      BigDecimal percent,
      String reason,
      String by) {
    BigDecimal raised =
        current
            .amount()
            .multiply(BigDecimal.ONE.add(percent.divide(HUNDRED)))
            .setScale(0, RoundingMode.HALF_UP);
    Money proposed = new Money(current.currency(), raised);
    Money cost = proposed.minus(current).times(fte);
    return new Proposal(
        personId, budget, current, fte, subLevel, position, band, suggested, percent, proposed,
        cost, reason, by);
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
      if (proposal.band() == null) {
        outliers.add(new Outlier(id, "no-band", "no band is in force, so nothing to suggest from"));
        continue;
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
   * @return each raised person's new pay change, by id
   * @throws IllegalStateException if the round is not approved
   */
  public static Map<String, PayChange> apply(
      RoundState state,
      LocalDate effectiveFrom,
      List<Proposal> proposals,
      Map<String, PayChange> current) {
    if (state != RoundState.APPROVED) {
      throw new IllegalStateException(
          "only an approved round is applied; this one is " + state.name().toLowerCase());
    }
    Map<String, PayChange> changes = new LinkedHashMap<>();
    for (Proposal proposal : proposals) {
      if (proposal.percent().signum() == 0) {
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
