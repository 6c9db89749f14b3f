package org.rungs.app.assessments;

import java.sql.Types;
import java.time.OffsetDateTime;
import org.rungs.app.system.InsertBatch;
import org.rungs.progression.AssessmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many assessments at once, as batched multi-row inserts ({@link InsertBatch}) in the
 * caller's transaction: for {@code rungs demo}, which fills an empty database.
 *
 * <p>Nothing is checked or audited here: the caller plans valid rows for people it just wrote.
 */
@Component
public class AssessmentBulk {
  private final JdbcTemplate jdbc;

  AssessmentBulk(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new batch of assessments; {@link Batch#flush} it before each commit. */
  public Batch batch() {
    return new Batch(jdbc);
  }

  /** Takes out the assessments of people with ids 1 to {@code lastPersonId}. */
  public void removeUpTo(long lastPersonId) {
    jdbc.update("delete from assessment where person_id <= ?", lastPersonId);
  }

  /** Assessments waiting to be written. Not thread-safe. */
  public static final class Batch {
    private final InsertBatch assessments;

    private Batch(JdbcTemplate jdbc) {
      this.assessments =
          new InsertBatch(
              jdbc,
              "insert into assessment (person_id, framework, criterion_id, criterion_text,"
                  + " self_status, self_note, manager_status, manager_note, agreed_status,"
                  + " agreed_note, version, updated_at, updated_by)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Types.BIGINT,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.INTEGER,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.BIGINT);
    }

    /** Adds {@code assessment}, last written at {@code updatedAt} by {@code updatedBy}. */
    public void add(Assessment assessment, OffsetDateTime updatedAt, long updatedBy) {
      assessments.add(
          assessment.personId(),
          assessment.framework(),
          assessment.criterionId(),
          assessment.criterionText(),
          name(assessment.self()),
          assessment.selfNote(),
          name(assessment.manager()),
          assessment.managerNote(),
          name(assessment.agreed()),
          assessment.agreedNote(),
          assessment.version(),
          updatedAt,
          updatedBy);
    }

    /** Sends what is waiting. */
    public void flush() {
      assessments.flush();
    }

    private static String name(AssessmentStatus status) {
      return status == null ? null : status.name();
    }
  }
}
