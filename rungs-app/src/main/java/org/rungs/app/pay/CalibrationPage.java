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
 * @param filter the team, manager and zone chosen, kept in the CSV link
 * @param people everyone named in the rows, and their managers, by id as the rows give it
 * @param teams the managers of managers to choose a team by
 * @param managers the managers to choose direct reports by
 * @param zones the pay zones to choose from (admins only; else empty)
 * @param chart the scatter as SVG, or {@code null} without pay figures
 */
public record CalibrationPage(
    Chrome chrome,
    List<String> frameworks,
    String framework,
    int level,
    CalibrationFilter filter,
    List<CalibrationRow> rows,
    Map<String, Person> people,
    List<Person> teams,
    List<Person> managers,
    List<String> zones,
    boolean withPay,
    String chart) {

  /**
   * The query of the CSV link, for exactly what the page shows: the same framework, level and
   * filters. Apart from the path, since relative links encode each segment of a path.
   */
  public String csvQuery() {
    return "?framework="
        + java.net.URLEncoder.encode(framework, java.nio.charset.StandardCharsets.UTF_8)
        + "&level="
        + level
        + filter.query();
  }

  /** Whether {@code person} is the one chosen in a filter ({@code chosen}: an id or null). */
  public boolean chosen(Person person, Long chosen) {
    return chosen != null && chosen == person.id();
  }

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

  /**
   * How many people the table and the promotion list show at most: beyond that a page of many
   * megabytes helps nobody (10,000 people at one level of a 100,000-person organisation took
   * seconds to send and render). The count, the chart and the CSV still cover everyone.
   */
  public static final int SHOWN = 1000;

  /** The rows the table shows: the first {@link #SHOWN}, in the rows' order. */
  public List<CalibrationRow> shown() {
    return rows.size() <= SHOWN ? rows : rows.subList(0, SHOWN);
  }

  public List<CalibrationRow> ready() {
    return rows.stream().filter(CalibrationRow::readyForPromotion).toList();
  }

  /** The people ready for promotion the list shows: the first {@link #SHOWN}. */
  public List<CalibrationRow> readyShown() {
    List<CalibrationRow> ready = ready();
    return ready.size() <= SHOWN ? ready : ready.subList(0, SHOWN);
  }
}
