package org.rungs.app.demo;

import org.rungs.app.assessments.AssessmentBulk;
import org.rungs.app.checkins.CheckInBulk;
import org.rungs.app.evidence.EvidenceBulk;
import org.rungs.app.people.PeopleBulk;

/**
 * The tables the demo fills, each written through the feature that owns it: batches to write with,
 * their identity columns, and undoing a failed run.
 */
record DemoTables(
    PeopleBulk people, AssessmentBulk assessments, EvidenceBulk evidence, CheckInBulk checkIns) {

  /** Makes the identity columns go on after the ids the demo gave. */
  void continueIds() {
    people.continueIds();
    evidence.continueIds();
    checkIns.continueIds();
  }

  /**
   * Takes out what a failed run wrote, so that the database is empty again: the demo's people have
   * ids 1 to {@code count}, and everything else it wrote hangs off them. Run it in a transaction.
   */
  void removePartial(int count) {
    checkIns.removeUpTo(count);
    evidence.removeUpTo(count);
    assessments.removeUpTo(count);
    people.removeUpTo(count, DemoOrganisation.ADMIN_EMAIL);
  }
}
