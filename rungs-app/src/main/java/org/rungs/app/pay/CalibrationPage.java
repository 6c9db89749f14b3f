package org.rungs.app.pay;

import java.util.List;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.progression.pay.CalibrationRow;

/**
 * Calibration: everyone at one level of a framework side by side. Admins see band positions, pay
 * flags and the scatter; managers their own organisation without them.
 *
 * @param people everyone named in the rows, by id as the rows give it
 * @param chart the scatter as SVG, or {@code null} without pay figures
 */
public record CalibrationPage(
    Chrome chrome,
    List<String> frameworks,
    String framework,
    int level,
    List<CalibrationRow> rows,
    Map<String, Person> people,
    boolean withPay,
    String chart) {

  public Person person(CalibrationRow row) {
    return people.get(row.personId());
  }

  public String managerOf(CalibrationRow row) {
    Person person = person(row);
    Person manager =
        person == null || person.managerId() == null
            ? null
            : people.get(String.valueOf(person.managerId()));
    return manager == null ? "—" : manager.name();
  }

  public List<CalibrationRow> ready() {
    return rows.stream().filter(CalibrationRow::readyForPromotion).toList();
  }
}
