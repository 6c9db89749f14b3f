package org.rungs.app.checkins;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;

/**
 * One check-in, open or past, as it was agreed: who started and agreed it and when, the target
 * level, the focus criteria by name, the summary, the person's confirmation or dispute, and the
 * statuses its agreement recorded.
 *
 * @param statusesKept whether Rungs kept this check-in's statuses (it did not before issue 10)
 */
public record CheckInPage(
    Chrome chrome,
    Person person,
    CheckIn checkIn,
    String startedBy,
    String agreedBy,
    List<String> focus,
    List<Agreed> statuses,
    boolean statusesKept) {

  /** A criterion and the status the agreement gave it. */
  public record Agreed(String topic, String criterion, String status) {}
}
