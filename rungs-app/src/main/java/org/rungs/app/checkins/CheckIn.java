package org.rungs.app.checkins;

import java.time.OffsetDateTime;
import java.util.List;
import org.rungs.progression.CheckInStep;

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
    CheckInStep state,
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

  public CheckIn {
    focus = List.copyOf(focus);
  }

  public boolean isOpen() {
    return state.isOpen();
  }

  /** Agreed, and the person has not yet said whether it is what they agreed. */
  public boolean awaitsConfirmation() {
    return state == CheckInStep.AGREED && confirmation == null;
  }
}
