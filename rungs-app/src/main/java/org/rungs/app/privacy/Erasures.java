package org.rungs.app.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.rungs.app.people.Leavers;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.rungs.app.system.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one person's personal data through every {@link PersonalData} part, in one transaction:
 * all of it or, if anything fails, none of it. Who may ask, and how often they must confirm, is the
 * caller's to check ({@link ErasureConfirmation}).
 */
@Component
public class Erasures {

  private final List<PersonalData> parts;
  private final Clock clock;

  Erasures(List<PersonalData> parts, ObjectProvider<Clock> clock) {
    this.parts = List.copyOf(parts);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * Erases {@code standing}'s person, recorded as done by {@code actorId} ({@code null} for the
   * command line and retention), or says why not.
   */
  @Transactional
  public Optional<Refusal> erase(Leavers.Standing standing, Long actorId) {
    if (standing.isErased()) {
      return Optional.of(
          new Refusal.Conflict("person " + standing.person().id() + " is already erased"));
    }
    Erasure erasure =
        new Erasure(
            standing.person().id(),
            standing.person().name(),
            standing.person().email(),
            actorId,
            clock.instant());
    for (PersonalData part : parts) {
      part.erase(erasure);
    }
    return Optional.empty();
  }
}
