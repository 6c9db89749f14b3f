package org.rungs.app.standing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.Standing;

/** Where a person stands: their standing and what is left to show for their target. */
public record StandingPage(
    Chrome chrome,
    Person person,
    Framework framework,
    Standing standing,
    int focusLevel,
    List<Criterion> stillToShow,
    boolean ownPage,
    Set<String> focus,
    List<Evidence> recentEvidence,
    OffsetDateTime lastCheckIn,
    boolean awaitingConfirmation,
    List<Assessment> changedSinceAssessed,
    Views views,
    List<Criterion> focusCriteria) {

  /**
   * How many of a level's criteria each side sees as demonstrated, before anything is agreed: the
   * standing counts only agreed statuses.
   */
  public record Views(int level, int criteria, int self, int manager) {}
}
