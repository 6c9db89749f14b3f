package org.rungs.app.evidence;

import java.sql.Types;
import java.time.OffsetDateTime;
import org.rungs.app.system.InsertBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many items of evidence at once, with the ids the caller gives them, as batched multi-row
 * inserts ({@link InsertBatch}) in the caller's transaction: for {@code rungs demo}, which fills an
 * empty database.
 *
 * <p>Nothing is checked or audited here: the caller plans valid rows for people it just wrote.
 */
@Component
public class EvidenceBulk {
  private final JdbcTemplate jdbc;

  EvidenceBulk(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new batch of evidence; {@link Batch#flush} it before each commit. */
  public Batch batch() {
    return new Batch(jdbc);
  }

  /** Makes ids given from now on go on after those the batches gave. */
  public void continueIds() {
    InsertBatch.continueIdentity(jdbc, "evidence");
  }

  /** Takes out the evidence of people with ids 1 to {@code lastPersonId}. */
  public void removeUpTo(long lastPersonId) {
    jdbc.update(
        "delete from evidence_criterion where evidence_id in"
            + " (select id from evidence where person_id <= ?)",
        lastPersonId);
    jdbc.update("delete from evidence where person_id <= ?", lastPersonId);
  }

  /** Evidence waiting to be written, with the criteria it is linked to. Not thread-safe. */
  public static final class Batch {
    private final InsertBatch evidence;
    private final InsertBatch criteria;

    private Batch(JdbcTemplate jdbc) {
      this.evidence =
          new InsertBatch(
              jdbc,
              "insert into evidence (id, person_id, note, link, happened_on, created_at,"
                  + " created_by) values (?, ?, ?, ?, ?, ?, ?)",
              Types.BIGINT,
              Types.BIGINT,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.DATE,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.BIGINT);
      this.criteria =
          new InsertBatch(
                  jdbc,
                  "insert into evidence_criterion (evidence_id, criterion_id) values (?, ?)",
                  Types.BIGINT,
                  Types.VARCHAR)
              .after(evidence);
    }

    /** Adds {@code item} with its id and criteria, written at {@code createdAt}. */
    public void add(Evidence item, OffsetDateTime createdAt) {
      evidence.add(
          item.id(),
          item.personId(),
          item.note(),
          item.link(),
          item.happenedOn(),
          createdAt,
          item.createdBy());
      for (String criterionId : item.criterionIds()) {
        criteria.add(item.id(), criterionId);
      }
    }

    /** Sends what is waiting. */
    public void flush() {
      evidence.flush();
      criteria.flush();
    }
  }
}
