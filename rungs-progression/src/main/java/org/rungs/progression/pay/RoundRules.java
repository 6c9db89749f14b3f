package org.rungs.progression.pay;

import java.util.Objects;
import java.util.Set;

/**
 * Who may do what in a pay review round, as pure rules the app asks before it acts.
 *
 * <pre>{@code
 * RoundRules.decide(manager, RoundAction.ADJUST, RoundState.OPEN, "p-17"); // allowed, if theirs
 * }</pre>
 *
 * <ol>
 *   <li>Only admins approve raises (one, or the round's every raise at once) and close a round, and
 *       only along the states' order ({@link RoundState#mayBecome}); a raise is approved only while
 *       the round is OPEN.
 *   <li>A manager sees and adjusts proposals for people in their organisation (reporting to them
 *       directly or further down), only while the round is OPEN, and never their own.
 *   <li>Admins see every proposal and adjust any while the round is OPEN.
 *   <li>Nobody sets or approves their own raise.
 *   <li>Nobody adjusts anything once a round is APPROVED or CLOSED; an approved raise is final
 *       ({@link ReviewProposals#adjust} refuses it).
 * </ol>
 */
public final class RoundRules {

  private RoundRules() {}

  /** What someone wants to do with a round. */
  public enum RoundAction {
    VIEW,
    ADJUST,
    /** One raise (with a subject) or the whole round (without). */
    APPROVE,
    CLOSE
  }

  /**
   * Who acts.
   *
   * @param organisation everyone who reports to them, directly or further down
   */
  public record Actor(String personId, boolean admin, Set<String> organisation) {
    public Actor {
      Objects.requireNonNull(personId, "personId");
      organisation = Set.copyOf(organisation);
    }
  }

  /** Allowed, or refused with the reason in words. */
  public record Decision(boolean allowed, String reason) {
    static Decision yes() {
      return new Decision(true, "");
    }

    static Decision no(String reason) {
      return new Decision(false, reason);
    }
  }

  /**
   * @param subject the person whose proposal is seen, adjusted or approved; {@code null} for the
   *     whole round
   */
  public static Decision decide(Actor actor, RoundAction action, RoundState state, String subject) {
    return switch (action) {
      case CLOSE -> move(actor, state, RoundState.CLOSED, "close a round");
      case APPROVE ->
          subject == null
              ? move(actor, state, RoundState.APPROVED, "approve a round")
              : approveOne(actor, state, subject);
      case VIEW -> about(actor, subject);
      case ADJUST -> adjust(actor, state, subject);
    };
  }

  private static Decision move(Actor actor, RoundState state, RoundState next, String what) {
    if (!actor.admin()) {
      return Decision.no("only admins " + what);
    }
    if (!state.mayBecome(next)) {
      return Decision.no("a round that is " + state.label() + " cannot become " + next.label());
    }
    return Decision.yes();
  }

  private static Decision approveOne(Actor actor, RoundState state, String subject) {
    if (!actor.admin()) {
      return Decision.no("only admins approve a raise");
    }
    if (subject.equals(actor.personId())) {
      return Decision.no("nobody approves their own raise");
    }
    return state == RoundState.OPEN
        ? Decision.yes()
        : Decision.no("the round is " + state.label() + ": its raises are final");
  }

  private static Decision about(Actor actor, String subject) {
    Objects.requireNonNull(subject, "subject");
    if (actor.admin() || actor.organisation().contains(subject)) {
      return Decision.yes();
    }
    return Decision.no("this person is not in your organisation");
  }

  private static Decision adjust(Actor actor, RoundState state, String subject) {
    Objects.requireNonNull(subject, "subject");
    if (subject.equals(actor.personId())) {
      return Decision.no("nobody sets their own raise");
    }
    if (!actor.admin() && !actor.organisation().contains(subject)) {
      return Decision.no("this person is not in your organisation");
    }
    return state == RoundState.OPEN
        ? Decision.yes()
        : Decision.no("the round is " + state.label() + ": its raises are final");
  }
}
