package org.rungs.progression;

import java.util.Optional;

/**
 * The three views of a criterion's assessment, and who writes each: the person writes their own
 * ({@link #SELF}), a manager writes the manager's ({@link #MANAGER}) and records the one both
 * agreed ({@link #AGREED}).
 *
 * <pre>{@code
 * AssessmentView.SELF.refusal(Party.MANAGER, "Dana"); // "only Dana can give their own view"
 * AssessmentView.writtenBy(Party.MANAGER);            // MANAGER: what a manager's form edits
 * }</pre>
 */
public enum AssessmentView {
  SELF,
  MANAGER,
  AGREED;

  /** The view a party edits on an assessment form: the person their own, a manager theirs. */
  public static AssessmentView writtenBy(Party party) {
    return party == Party.PERSON ? SELF : MANAGER;
  }

  /**
   * Why {@code writer} may not write this view of {@code person}'s assessment, or empty if they
   * may.
   */
  public Optional<String> refusal(Party writer, String person) {
    if (this == SELF && writer != Party.PERSON) {
      return Optional.of("only " + person + " can give their own view");
    }
    if (this != SELF && writer != Party.MANAGER) {
      return Optional.of("only " + person + "'s manager can give the manager's or the agreed view");
    }
    return Optional.empty();
  }
}
