package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.Currency;
import org.rungs.progression.pay.MeritMatrix;
import org.rungs.progression.pay.ReviewProposals.BudgetRule;
import org.rungs.progression.pay.RoundState;

/**
 * A pay review round: its name, the date its raises take effect, where it is, how its budgets are
 * set and the merit matrix that suggests each raise.
 *
 * @param currency the pay the round covers: people paid in another currency are not in it
 * @param version increases with every change of state, so two admins cannot both act on one state
 */
public record PayRound(
    long id,
    String name,
    LocalDate effectiveFrom,
    RoundState state,
    Currency currency,
    BudgetScope scope,
    BudgetRule budget,
    MeritMatrix matrix,
    int version) {

  /** Whose budget a raise is paid from. */
  public enum BudgetScope {
    /** One budget for everyone in the round. */
    ORGANISATION,
    /** One budget for each top manager's organisation, and one for everyone else. */
    TOP_MANAGER;

    public String label() {
      return this == ORGANISATION ? "one budget for the organisation" : "a budget per top manager";
    }
  }

  /** The budget in words, e.g. "3% of payroll" or "£120,000". */
  public String budgetWords() {
    return budget.percent() != null
        ? budget.percent().stripTrailingZeros().toPlainString() + "% of payroll"
        : budget.amount().toString();
  }
}
