package org.rungs.app.people;

import java.util.List;
import java.util.Map;
import org.rungs.progression.Standing;

/**
 * Where people stand, for the people list's sub-level column and filter. Standings come from
 * assessments, which depend on people, so people cannot ask them: the standing feature answers
 * this, as the people feature answers {@code system.Viewers}.
 */
public interface SubLevels {

  /**
   * The standing of each of {@code people} who has one (a framework and a level in it), by person
   * id; a constant number of queries however many people are asked about.
   */
  Map<Long, Standing> of(List<Person> people);
}
