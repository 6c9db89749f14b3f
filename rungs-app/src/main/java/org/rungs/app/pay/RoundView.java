package org.rungs.app.pay;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.progression.pay.Proposal;
import org.rungs.progression.pay.ReviewProposals.BudgetUse;
import org.rungs.progression.pay.ReviewProposals.Outlier;

/**
 * A pay review round as one viewer may see it: admins every raise with the money, managers the
 * raises of their organisation in percent only, with their budgets' use as a share.
 *
 * @param withPay whether the viewer sees money: salaries, costs and budgets' amounts (admins)
 * @param lines the raises the viewer may see, by name
 * @param budgets the budgets of those raises (every budget for admins)
 */
public record RoundView(PayRound round, boolean withPay, List<Line> lines, List<Budget> budgets) {

  /**
   * One person's raise.
   *
   * @param outliers for managers, only those that say nothing about pay (far from the matrix, no
   *     standing)
   */
  public record Line(
      Person person, Proposal proposal, String budgetName, int version, List<Outlier> outliers) {}

  /** A budget, named for people, with its use. */
  public record Budget(String key, String name, BudgetUse use) {}

  /** The number of raises approved so far. */
  public long approved() {
    return lines.stream().filter(line -> line.proposal().approved()).count();
  }

  public boolean hasOutliers() {
    return lines.stream().anyMatch(line -> !line.outliers().isEmpty());
  }
}
