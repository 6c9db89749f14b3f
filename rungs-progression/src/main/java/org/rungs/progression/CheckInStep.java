package org.rungs.progression;

/**
 * The steps of a check-in, in order; {@link CheckInRules} says who moves it from one to the next.
 */
public enum CheckInStep {
  /** The person gives their own view of each criterion. */
  SELF_ASSESSMENT,
  /** The manager gives theirs. */
  MANAGER_ASSESSMENT,
  /** Both see where their views differ and agree. */
  AGREEING,
  /** Done: the agreed statuses, target and focus are recorded. */
  AGREED;

  public String label() {
    return switch (this) {
      case SELF_ASSESSMENT -> "self-assessment";
      case MANAGER_ASSESSMENT -> "manager's assessment";
      case AGREEING -> "agreeing";
      case AGREED -> "agreed";
    };
  }

  /** Whether the check-in is still under way: any step before {@link #AGREED}. */
  public boolean isOpen() {
    return this != AGREED;
  }
}
