package org.rungs.app.rhythm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.Person;
import org.springframework.stereotype.Component;

/**
 * When a person's next check-in is due: one cadence after their last agreed check-in, or, before
 * their first, one cadence after the day they reached their level. Someone without a framework, or
 * with neither date, has no due date.
 */
@Component
class Cadence {

  private final CadenceSettings settings;
  private final Clock clock;

  Cadence(CadenceSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  Optional<LocalDate> dueOn(Person person, CheckIns.LatestAgreement latest) {
    if (person.framework() == null) {
      return Optional.empty();
    }
    LocalDate from =
        latest != null
            ? latest.agreedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
            : person.levelSince();
    return Optional.ofNullable(from).map(day -> day.plus(settings.cadence()));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  boolean soon(LocalDate due) {
    return !today().plus(settings.dueSoon()).isBefore(due);
  }
}
