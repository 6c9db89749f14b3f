package org.rungs.app.pay;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.rungs.app.people.Person;

/**
 * The people a calibration view chooses from, indexed once: by id, by framework and level, and the
 * managers of managers whose teams it can narrow to. For admins that is everyone, kept until anyone
 * changes ({@link OrganisationReports#calibrationIndex()}), so that a request looks up one level
 * instead of walking 100,000 people.
 *
 * @param byId everyone visible, the viewer included, to name people and their managers
 * @param byLevel the people calibration may list, by {@link #key framework and level}
 * @param teams the managers of managers among them, by name
 */
record CalibrationIndex(
    Map<Long, Person> byId, Map<String, List<Person>> byLevel, List<Person> teams) {

  /**
   * @param visible everyone the viewer may see
   * @param unlisted a person never listed (a manager does not calibrate themselves), or {@code
   *     null}
   */
  static CalibrationIndex of(List<Person> visible, Long unlisted) {
    Map<Long, Person> byId = new HashMap<>();
    Map<String, List<Person>> byLevel = new HashMap<>();
    Set<Long> managers = new HashSet<>();
    for (Person person : visible) {
      byId.put(person.id(), person);
      managers.add(person.managerId());
      if (person.framework() != null
          && person.level() != null
          && !Long.valueOf(person.id()).equals(unlisted)) {
        byLevel
            .computeIfAbsent(
                key(person.framework(), person.level()), k -> new java.util.ArrayList<>())
            .add(person);
      }
    }
    List<Person> teams =
        byName(
            visible.stream()
                .filter(p -> managers.contains(p.id()) && p.managerId() != null)
                .map(Person::managerId)
                .distinct(),
            byId);
    return new CalibrationIndex(byId, byLevel, teams);
  }

  /** Everyone listed at {@code level} of {@code framework}, in the order they were visible. */
  List<Person> at(String framework, int level) {
    return byLevel.getOrDefault(key(framework, level), List.of());
  }

  /** The people with these ids, by name, leaving out ids nobody visible has. */
  List<Person> byName(Stream<Long> ids) {
    return byName(ids, byId);
  }

  private static List<Person> byName(Stream<Long> ids, Map<Long, Person> byId) {
    return ids.filter(Objects::nonNull)
        .map(byId::get)
        .filter(Objects::nonNull)
        .sorted(
            Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Person::id))
        .toList();
  }

  private static String key(String framework, int level) {
    return level + "#" + framework;
  }
}
