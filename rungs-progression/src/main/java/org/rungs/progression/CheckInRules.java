package org.rungs.progression;

/**
 * Who may take which step of a check-in, and when. The rules, in order:
 *
 * <ol>
 *   <li>The person or a manager starts a check-in; it begins at {@link
 *       CheckInStep#SELF_ASSESSMENT}.
 *   <li>Only the person finishes the self-assessment, moving it to {@link
 *       CheckInStep#MANAGER_ASSESSMENT}; only a manager finishes that, moving it to {@link
 *       CheckInStep#AGREEING}. There is no step to finish after that.
 *   <li>Only a manager records the agreement (they agree together, in the meeting), and only while
 *       it is {@link CheckInStep#AGREEING}; that moves it to {@link CheckInStep#AGREED}.
 *   <li>Only the person confirms or disputes the agreement, once, after it is {@link
 *       CheckInStep#AGREED}: it is their word on what was agreed.
 * </ol>
 *
 * <p>Who may is checked before when, so a step that is not theirs is refused as such at any step;
 * except that a check-in past its assessments has no step to finish, for anyone.
 *
 * <pre>{@code
 * CheckInRules.finishStep(CheckInStep.SELF_ASSESSMENT, Party.PERSON, "Dana");
 * // Allowed[from=SELF_ASSESSMENT, to=MANAGER_ASSESSMENT]
 * }</pre>
 *
 * <p>Pure and stateless: the application reads the check-in, asks these rules, then writes the step
 * guarded by the version it read.
 */
public final class CheckInRules {
  private CheckInRules() {}

  /** What the rules decided. */
  public sealed interface Verdict {}

  /** The step may be taken; it moves the check-in from {@code from} to {@code to}. */
  public record Allowed(CheckInStep from, CheckInStep to) implements Verdict {}

  /** The step is not this party's to take; the reason says whose it is. */
  public record NotYours(String reason) implements Verdict {}

  /** The step cannot be taken at the check-in's current step. */
  public record NotNow(String reason) implements Verdict {}

  /** Starting a check-in about {@code person}. */
  public static Verdict start(Party actor, String person) {
    if (actor == Party.OTHER) {
      return new NotYours("only " + person + " or their manager can start a check-in");
    }
    return new Allowed(null, CheckInStep.SELF_ASSESSMENT);
  }

  /** Finishing the current step: the person's own assessment, then the manager's. */
  public static Verdict finishStep(CheckInStep at, Party actor, String person) {
    return switch (at) {
      case SELF_ASSESSMENT ->
          actor == Party.PERSON
              ? new Allowed(at, CheckInStep.MANAGER_ASSESSMENT)
              : new NotYours("only " + person + " can finish their self-assessment");
      case MANAGER_ASSESSMENT ->
          actor == Party.MANAGER
              ? new Allowed(at, CheckInStep.AGREEING)
              : new NotYours("only " + person + "'s manager can finish the manager's assessment");
      case AGREEING, AGREED ->
          new NotNow("this check-in is " + at.label() + "; there is no step to finish");
    };
  }

  /** Recording the agreement. */
  public static Verdict agree(CheckInStep at, Party actor, String person) {
    if (actor != Party.MANAGER) {
      return new NotYours(
          "only " + person + "'s manager records the agreement, together with them");
    }
    if (at != CheckInStep.AGREEING) {
      return new NotNow("this check-in is " + at.label() + ", not ready to agree");
    }
    return new Allowed(at, CheckInStep.AGREED);
  }

  /**
   * Confirming or disputing the agreement. The check-in stays {@link CheckInStep#AGREED}.
   *
   * @param answered how the person already answered it, such as {@code "confirmed on 2026-03-31"},
   *     or {@code null} if they have not
   */
  public static Verdict confirm(CheckInStep at, String answered, Party actor, String person) {
    if (actor != Party.PERSON) {
      return new NotYours("only " + person + " can confirm what they agreed with their manager");
    }
    if (at != CheckInStep.AGREED) {
      return new NotNow(
          "this check-in is " + at.label() + "; there is no agreement to confirm yet");
    }
    if (answered != null) {
      return new NotNow("this agreement was already " + answered);
    }
    return new Allowed(at, at);
  }
}
