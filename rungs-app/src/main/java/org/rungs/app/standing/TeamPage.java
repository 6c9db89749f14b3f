package org.rungs.app.standing;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.Standing;

/** My team: one row per report, sorted as asked. */
public record TeamPage(Chrome chrome, Person manager, List<Row> rows, String sort) {
  /** One report's row. */
  public record Row(Person person, Standing standing, Long daysSinceCheckIn, CheckInStep waiting) {
    public String standingLabel() {
      return standing == null ? "—" : standing.label();
    }
  }
}
