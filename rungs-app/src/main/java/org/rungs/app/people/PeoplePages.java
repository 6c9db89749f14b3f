package org.rungs.app.people;

import java.util.List;
import org.rungs.app.site.Chrome;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.Standing;

/** The models of the people pages. */
public final class PeoplePages {
  private PeoplePages() {}

  /** Where a person stands: their standing and what is left to show for their target. */
  public record StandingPage(
      Chrome chrome,
      Person person,
      Framework framework,
      Standing standing,
      int focusLevel,
      List<Criterion> stillToShow,
      boolean ownPage,
      java.util.Set<String> focus,
      List<org.rungs.app.evidence.Evidence> recentEvidence,
      java.time.OffsetDateTime lastCheckIn,
      boolean awaitingConfirmation,
      List<org.rungs.app.assessments.Assessment> changedSinceAssessed) {}

  /** A person without a framework and level yet. */
  public record NoStandingPage(Chrome chrome, Person person, Person viewer, String reason) {
    public boolean ownPage() {
      return person.id() == viewer.id();
    }
  }

  /** The sign-in form. */
  public record Login(
      Chrome chrome, String csrfParameter, String csrfToken, boolean failed, boolean signedOut) {}
}
