package org.rungs.app.checkins;

import java.sql.Types;
import org.rungs.app.system.InsertBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many check-ins at once, with the ids the caller gives them, as batched multi-row inserts
 * ({@link InsertBatch}) in the caller's transaction: for {@code rungs demo}, which fills an empty
 * database.
 *
 * <p>Nothing is checked, audited or notified here: the caller plans valid rows for people it just
 * wrote.
 */
@Component
public class CheckInBulk {
  private final JdbcTemplate jdbc;

  CheckInBulk(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new batch of check-ins; {@link Batch#flush} it before each commit. */
  public Batch batch() {
    return new Batch(jdbc);
  }

  /** Makes ids given from now on go on after those the batches gave. */
  public void continueIds() {
    InsertBatch.continueIdentity(jdbc, "check_in");
  }

  /** Takes out the check-ins of people with ids 1 to {@code lastPersonId}. */
  public void removeUpTo(long lastPersonId) {
    jdbc.update(
        "delete from check_in_focus where check_in_id in"
            + " (select id from check_in where person_id <= ?)",
        lastPersonId);
    jdbc.update("delete from check_in where person_id <= ?", lastPersonId);
  }

  /** Check-ins waiting to be written, with their focus criteria. Not thread-safe. */
  public static final class Batch {
    private final InsertBatch checkIns;
    private final InsertBatch focus;

    private Batch(JdbcTemplate jdbc) {
      this.checkIns =
          new InsertBatch(
              jdbc,
              "insert into check_in (id, person_id, framework, state, started_by, started_at,"
                  + " agreed_by, agreed_at, target_level, summary, version, confirmation,"
                  + " confirmation_note, confirmed_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Types.BIGINT,
              Types.BIGINT,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.BIGINT,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.BIGINT,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.INTEGER,
              Types.VARCHAR,
              Types.INTEGER,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE);
      this.focus =
          new InsertBatch(
                  jdbc,
                  "insert into check_in_focus (check_in_id, criterion_id) values (?, ?)",
                  Types.BIGINT,
                  Types.VARCHAR)
              .after(checkIns);
    }

    /** Adds {@code checkIn} with its id and focus criteria. */
    public void add(CheckIn checkIn) {
      checkIns.add(
          checkIn.id(),
          checkIn.personId(),
          checkIn.framework(),
          checkIn.state().name(),
          checkIn.startedBy(),
          checkIn.startedAt(),
          checkIn.agreedBy(),
          checkIn.agreedAt(),
          checkIn.targetLevel(),
          checkIn.summary(),
          checkIn.version(),
          checkIn.confirmation() == null ? null : checkIn.confirmation().name(),
          checkIn.confirmationNote(),
          checkIn.confirmedAt());
      for (String criterionId : checkIn.focus()) {
        focus.add(checkIn.id(), criterionId);
      }
    }

    /** Sends what is waiting. */
    public void flush() {
      checkIns.flush();
      focus.flush();
    }
  }
}
