package org.rungs.app.checkins;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One progression conversation between a person and their manager, in three steps: the person
 * assesses, the manager assesses, then both agree the statuses, the target level and a few focus
 * criteria. The manager records the agreement; the person then confirms it or disputes it. Every
 * check-in is kept; together they are the person's timeline.
 */
public record CheckIn(
    long id,
    long personId,
    String framework,
    State state,
    Long startedBy,
    OffsetDateTime startedAt,
    Long agreedBy,
    OffsetDateTime agreedAt,
    Integer targetLevel,
    String summary,
    List<String> focus,
    int version,
    Confirmation confirmation,
    String confirmationNote,
    OffsetDateTime confirmedAt) {

  /**
   * The person's answer to the agreement their manager recorded: it is what they agreed, or it is
   * not (with what they did not agree to). The agreement stands either way; a disputed one is there
   * for both, and the people team, to see and talk about.
   */
  public enum Confirmation {
    CONFIRMED,
    DISPUTED
  }

  /** The steps of a check-in, in order. */
  public enum State {
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
  }

  public CheckIn {
    focus = List.copyOf(focus);
  }

  public boolean isOpen() {
    return state != State.AGREED;
  }

  /** Agreed, and the person has not yet said whether it is what they agreed. */
  public boolean awaitsConfirmation() {
    return state == State.AGREED && confirmation == null;
  }
}
