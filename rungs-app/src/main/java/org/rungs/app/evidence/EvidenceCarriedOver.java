package org.rungs.app.evidence;

import java.util.List;
import org.rungs.app.frameworks.CriteriaCarriedOver;
import org.rungs.app.people.People;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves evidence links to the new ids of reworded criteria. Evidence names criteria by id alone, so
 * the links of everyone who progresses in the framework or holds it as a badge move.
 */
@Component
class EvidenceCarriedOver {

  private final EvidenceRepository evidence;
  private final People people;

  EvidenceCarriedOver(EvidenceRepository evidence, People people) {
    this.evidence = evidence;
    this.people = people;
  }

  // Synchronous, in the carry-over's transaction (not @ApplicationModuleListener, which runs after
  // the commit): the links move together with the assessments and the new snapshot, or not at all.
  @EventListener
  void on(CriteriaCarriedOver carriedOver) {
    List<Long> following = people.following(carriedOver.framework());
    if (following.isEmpty()) {
      return;
    }
    for (CriteriaCarriedOver.Move move : carriedOver.moves()) {
      evidence.carryOver(following, move.from(), move.to());
    }
  }
}
