package org.rungs.progression.pay;

/**
 * Where a pay review round is: {@code OPEN → PROPOSED → APPROVED → APPLIED}, and back from PROPOSED
 * to OPEN if admins send proposals back.
 */
public enum RoundState {
  /** Proposals are made from the merit matrix; managers adjust them within their budget. */
  OPEN,
  /** Proposals are closed to managers and wait for admins. */
  PROPOSED,
  /** Admins approved the proposals; nothing has changed in anyone's pay yet. */
  APPROVED,
  /** The raises are pay history, with the round as reason. Final. */
  APPLIED;

  /** True if a round may go from this state to {@code next}. */
  public boolean mayBecome(RoundState next) {
    return switch (this) {
      case OPEN -> next == PROPOSED;
      case PROPOSED -> next == APPROVED || next == OPEN;
      case APPROVED -> next == APPLIED;
      case APPLIED -> false;
    };
  }
}
