package org.rungs.app.rhythm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.Person;
import org.springframework.stereotype.Component;

/**
 * Who is overdue for a check-in, as their inbox says it: no check-in in progress and the due date
 * of the organisation's cadence passed. For pages that count them over many people (the
 * organisation overview): one query besides the last agreements the caller already has.
 */
@Component
public class OverdueCheckIns {

  private final Cadence cadence;
  private final CheckIns checkIns;

  OverdueCheckIns(Cadence cadence, CheckIns checkIns) {
    this.cadence = cadence;
    this.checkIns = checkIns;
  }

  /**
   * @param lastAgreed when each person last agreed a check-in; absent if never
   */
  public Set<Long> among(List<Person> people, Map<Long, OffsetDateTime> lastAgreed) {
    Set<Long> open = checkIns.inProgress(people.stream().map(Person::id).toList());
    LocalDate today = cadence.today();
    Set<Long> overdue = new HashSet<>();
    for (Person person : people) {
      if (open.contains(person.id())) {
        continue;
      }
      OffsetDateTime last = lastAgreed.get(person.id());
      cadence
          .dueOn(person, last == null ? null : new CheckIns.LatestAgreement(last, null))
          .filter(due -> due.isBefore(today))
          .ifPresent(due -> overdue.add(person.id()));
    }
    return overdue;
  }
}
