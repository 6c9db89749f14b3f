package org.rungs.progression.pay;

/**
 * Where a pay review round is: {@code OPEN → APPROVED → CLOSED}, or straight from OPEN to CLOSED.
 * While it is open, admins may approve raises one by one; approving the round approves every raise
 * left; closing it turns the approved raises into pay history and leaves the others out.
 */
public enum RoundState {
  /** Raises are proposed from the merit matrix; managers and admins adjust those not approved. */
  OPEN,
  /** Admins approved every raise: nobody adjusts anything, the round waits to be closed. */
  APPROVED,
  /** The approved raises are pay history, with the round as reason. Final. */
  CLOSED;

  /** True if a round may go from this state to {@code next}. */
  public boolean mayBecome(RoundState next) {
    return switch (this) {
      case OPEN -> next == APPROVED || next == CLOSED;
      case APPROVED -> next == CLOSED;
      case CLOSED -> false;
    };
  }

  /** In words, e.g. "open". */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
