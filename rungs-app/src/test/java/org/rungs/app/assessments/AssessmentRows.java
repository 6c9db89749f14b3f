package org.rungs.app.assessments;

import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes assessments straight into the database, for tests of other features that need rows the
 * service would refuse: in a framework the person has left, or of a wording since removed.
 */
public final class AssessmentRows {

  private final AssessmentRepository assessments;

  public AssessmentRows(JdbcClient jdbc) {
    this.assessments = new AssessmentRepository(jdbc);
  }

  /** Writes one view, as {@code AssessmentRepository.write} does. */
  public boolean write(
      long personId,
      String framework,
      String criterionId,
      String criterionText,
      AssessmentView view,
      AssessmentStatus status,
      String note,
      int expectedVersion,
      long actorId) {
    return assessments.write(
        personId,
        framework,
        criterionId,
        criterionText,
        view,
        status,
        note,
        expectedVersion,
        actorId);
  }
}
