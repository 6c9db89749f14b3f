package org.rungs.app.standing;

import java.util.List;
import java.util.Map;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.people.Person;
import org.rungs.app.people.SubLevels;
import org.rungs.progression.Standing;
import org.springframework.stereotype.Component;

/** The standings the people list shows and filters by: the same as each person's own page. */
@Component
class PeopleSubLevels implements SubLevels {

  private final Assessments assessments;

  PeopleSubLevels(Assessments assessments) {
    this.assessments = assessments;
  }

  @Override
  public Map<Long, Standing> of(List<Person> people) {
    return assessments.standings(people);
  }
}
