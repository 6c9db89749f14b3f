package org.rungs.app.checkins;

import java.util.List;
import org.rungs.progression.CheckInRules;
import org.rungs.progression.CheckInStep;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts check-ins straight into the database at any step, for tests of other features (such as the
 * access matrix) that need one waiting at a given step without walking it there.
 */
public final class CheckInRows {

  private final CheckInRepository checkIns;

  public CheckInRows(JdbcClient jdbc) {
    this.checkIns = new CheckInRepository(jdbc);
  }

  public long start(long personId, String framework, long startedBy) {
    return checkIns.start(personId, framework, startedBy);
  }

  public boolean advance(long id, CheckInStep from, CheckInStep to, int version) {
    return checkIns.advance(id, from, to, version);
  }

  public boolean agree(
      long id,
      int version,
      long agreedBy,
      Integer targetLevel,
      String summary,
      List<String> focus) {
    return checkIns.agree(
        id,
        new CheckInRules.Allowed(CheckInStep.AGREEING, CheckInStep.AGREED),
        version,
        agreedBy,
        targetLevel,
        summary,
        focus);
  }

  /** The person's answer to the agreement, as the confirmation step records it. */
  public boolean confirm(long id, int version, boolean confirmed, String note) {
    return checkIns.confirm(
        id,
        version,
        confirmed ? CheckIn.Confirmation.CONFIRMED : CheckIn.Confirmation.DISPUTED,
        note);
  }
}
