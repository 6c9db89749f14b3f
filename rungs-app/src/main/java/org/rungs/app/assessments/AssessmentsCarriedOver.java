package org.rungs.app.assessments;

import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.CriteriaCarriedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves assessments to the new ids of reworded criteria, and records each move in the audit trail
 * with no actor: the file edit did it.
 */
@Component
class AssessmentsCarriedOver {

  private final AssessmentRepository assessments;
  private final AuditTrail audit;

  AssessmentsCarriedOver(AssessmentRepository assessments, AuditTrail audit) {
    this.assessments = assessments;
    this.audit = audit;
  }

  // A plain, synchronous listener, not Spring Modulith's @ApplicationModuleListener: that one runs
  // after the commit, in another transaction, and the carry-over must move every feature's rows
  // and save the new snapshot all together or not at all.
  @EventListener
  void on(CriteriaCarriedOver carriedOver) {
    String framework = carriedOver.framework();
    for (CriteriaCarriedOver.Move move : carriedOver.moves()) {
      for (AssessmentRepository.Carried carried :
          assessments.carryOver(framework, move.from(), move.to())) {
        audit.record(
            null,
            "assessment",
            carried.personId() + ":" + framework + ":" + move.to(),
            "carried-over",
            move.from() + ": " + carried.criterionText(),
            move.to() + " (" + move.reason() + ")");
      }
    }
  }
}
