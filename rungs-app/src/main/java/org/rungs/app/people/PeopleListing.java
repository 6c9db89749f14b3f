package org.rungs.app.people;

import java.time.LocalDate;
import java.util.List;
import org.rungs.progression.Role;

/** One page of the admin's people list, and how many people the filter matches in all. */
public record PeopleListing(List<Row> rows, long total, PeopleFilter filter) {

  /**
   * A person as the list shows them, with their manager's name.
   *
   * @param standing their level and sub-level, e.g. {@code 2B}, or {@code null} without one
   */
  public record Row(
      long id,
      String name,
      String email,
      Long managerId,
      String managerName,
      String framework,
      Integer level,
      LocalDate levelSince,
      String standing,
      Role role,
      boolean deactivated,
      int version) {}

  /** A person to choose in a filter. */
  public record Choice(long id, String name) {}

  public long pages() {
    return Math.max(1, (total + filter.size() - 1) / filter.size());
  }

  public boolean hasNext() {
    return filter.page() < pages();
  }

  public boolean hasPrevious() {
    return filter.page() > 1;
  }

  /** The position of the first row shown, from 1 (0 when nothing matches). */
  public long first() {
    return rows.isEmpty() ? 0 : (long) (filter.page() - 1) * filter.size() + 1;
  }

  public long last() {
    return first() + rows.size() - (rows.isEmpty() ? 0 : 1);
  }
}
