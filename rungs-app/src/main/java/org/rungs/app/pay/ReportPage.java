package org.rungs.app.pay;

import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayGapReport;

/**
 * An admins' pay report: manager consistency or the pay gap, one of them set.
 *
 * @param people everyone, by id as the reports give it, to name managers
 */
public record ReportPage(
    Chrome chrome,
    ManagerConsistency.Report consistency,
    PayGapReport gap,
    Map<String, Person> people) {

  public String name(String personId) {
    Person person = people.get(personId);
    return person == null ? personId : person.name();
  }

  /** A gap as people read it: "12.5%", or "—" where it cannot be computed. */
  public static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
