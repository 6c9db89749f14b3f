package org.rungs.app.standing;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.Standing;

/** My team: one row per report, sorted as asked. */
public record TeamPage(Chrome chrome, Person manager, List<Row> rows, String sort) {

  /**
   * One report's row.
   *
   * @param managerName who they report to, for a manager of managers
   * @param frameworkTitle their framework's title, or the path if it no longer exists
   * @param waiting the step of their check-in that waits for the viewer, if any
   * @param disputed whether they disputed their latest agreement, which then waits to be talked
   *     over
   */
  public record Row(
      Person person,
      Standing standing,
      Long daysSinceCheckIn,
      CheckInStep waiting,
      String managerName,
      String frameworkTitle,
      boolean disputed) {
    public String standingLabel() {
      return standing == null ? "—" : standing.label();
    }

    /** "today", "yesterday", "12 days ago", or "never". */
    public String lastCheckIn() {
      if (daysSinceCheckIn == null) {
        return "never";
      }
      return daysSinceCheckIn == 0
          ? "today"
          : daysSinceCheckIn == 1 ? "yesterday" : daysSinceCheckIn + " days ago";
    }
  }

  /** The arrow beside a column's heading when the table is sorted by it. */
  public String arrow(String column) {
    return sort.equals(column) ? (column.equals("checkin") ? " ▼" : " ▲") : "";
  }

  /** The aria-sort of a column's heading. */
  public String ariaSort(String column) {
    return sort.equals(column) ? (column.equals("checkin") ? "descending" : "ascending") : null;
  }
}
