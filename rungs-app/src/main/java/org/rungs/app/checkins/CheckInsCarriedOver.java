package org.rungs.app.checkins;

import org.rungs.app.frameworks.CriteriaCarriedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves the focus criteria of check-ins to the new ids of reworded criteria. */
@Component
class CheckInsCarriedOver {

  private final CheckInRepository checkIns;

  CheckInsCarriedOver(CheckInRepository checkIns) {
    this.checkIns = checkIns;
  }

  // Synchronous, in the carry-over's transaction (not @ApplicationModuleListener, which runs after
  // the commit): the focus moves together with the assessments and the new snapshot, or not at all.
  @EventListener
  void on(CriteriaCarriedOver carriedOver) {
    for (CriteriaCarriedOver.Move move : carriedOver.moves()) {
      checkIns.carryOver(carriedOver.framework(), move.from(), move.to());
    }
  }
}
