package org.rungs.app.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.progression.Role;
import org.rungs.progression.Standing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people list admins search and filter: one page of people from one query and their number from
 * another, whatever the page size, ordered by name over the {@code person_name} index. At 10,000
 * people the text filter scans the table, which takes milliseconds.
 *
 * <p>Sub-levels are not stored: they follow from agreed assessments and the framework as it is now,
 * so they come from {@link SubLevels} (one more query for the page's people). Filtering by one
 * reads every person the other criteria match and asks their standings at once (two queries,
 * however many), then cuts the page in memory; docs/benchmarks.md has its time at 10,000 people.
 */
@Repository
class PeopleDirectory {

  private final JdbcClient jdbc;
  private final ObjectProvider<SubLevels> subLevels;

  PeopleDirectory(JdbcClient jdbc, ObjectProvider<SubLevels> subLevels) {
    this.jdbc = jdbc;
    this.subLevels = subLevels;
  }

  PeopleListing find(PeopleFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    String team = "";
    if (filter.text() != null) {
      where.add("(lower(p.name) like :text or p.email like :text)");
      params.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (filter.team() != null) {
      team =
          """
          with recursive team (id) as (
            select id from person where manager_id = :team
            union all
            select t.id from person t join team r on t.manager_id = r.id
          )
          """;
      // A join, not "in (select id from team)", which H2 evaluated for every row (4 to 9 s for a
      // team filter at 10,000 people).
      params.put("team", filter.team());
    }
    if (filter.manager() != null) {
      where.add("p.manager_id = :manager");
      params.put("manager", filter.manager());
    }
    if (filter.framework() != null) {
      where.add("p.framework = :framework");
      params.put("framework", filter.framework());
    }
    if (filter.level() != null) {
      where.add("p.level = :level");
      params.put("level", filter.level());
    }
    switch (filter.status()) {
      case ACTIVE -> where.add("p.deactivated_at is null");
      case DEACTIVATED -> where.add("p.deactivated_at is not null");
      case ALL -> {}
    }
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    String from =
        filter.team() == null ? " from person p" : " from team t join person p on p.id = t.id";
    String select =
        team
            + """
            select p.id, p.name, p.email, p.manager_id, m.name as manager_name, p.framework,
              p.level, p.level_since, p.target_level, p.role, p.deactivated_at, p.version
            """
            + from
            + " left join person m on m.id = p.manager_id"
            + condition
            + " order by p.name, p.id";
    SubLevels standings = subLevels.getIfAvailable();
    long offset = (long) (filter.page() - 1) * filter.size();
    if (filter.subLevel() != null && standings != null) {
      List<Found> all = jdbc.sql(select).params(params).query(PeopleDirectory::found).list();
      Map<Long, Standing> of = standings.of(people(all));
      List<Found> matching =
          all.stream().filter(found -> at(of.get(found.person().id()), filter.subLevel())).toList();
      List<Found> page =
          matching.subList(
              (int) Math.min(offset, matching.size()),
              (int) Math.min(offset + filter.size(), matching.size()));
      return new PeopleListing(rows(page, of), matching.size(), filter);
    }
    long total =
        jdbc.sql(team + "select count(*)" + from + condition)
            .params(params)
            .query(Long.class)
            .single();
    List<Found> page =
        jdbc.sql(select + " limit :limit offset :offset")
            .params(params)
            .param("limit", filter.size())
            .param("offset", offset)
            .query(PeopleDirectory::found)
            .list();
    Map<Long, Standing> of = standings == null ? Map.of() : standings.of(people(page));
    return new PeopleListing(rows(page, of), total, filter);
  }

  /** A person as read for the list, with what the list adds to them. */
  private record Found(Person person, String managerName, boolean deactivated) {}

  private static Found found(ResultSet rs, int row) throws SQLException {
    long managerId = rs.getLong("manager_id");
    Long manager = rs.wasNull() ? null : managerId;
    int level = rs.getInt("level");
    Integer levelOrNull = rs.wasNull() ? null : level;
    int target = rs.getInt("target_level");
    Integer targetOrNull = rs.wasNull() ? null : target;
    return new Found(
        new Person(
            rs.getLong("id"),
            rs.getString("email"),
            rs.getString("name"),
            manager,
            rs.getString("framework"),
            levelOrNull,
            rs.getObject("level_since", LocalDate.class),
            targetOrNull,
            Role.valueOf(rs.getString("role")),
            List.of(),
            rs.getInt("version")),
        rs.getString("manager_name"),
        rs.getObject("deactivated_at", java.time.OffsetDateTime.class) != null);
  }

  private static List<Person> people(List<Found> found) {
    return found.stream().map(Found::person).toList();
  }

  private static boolean at(Standing standing, String subLevel) {
    return standing == null
        ? subLevel.equals(PeopleFilter.NO_STANDING)
        : standing.subLevel().name().equals(subLevel);
  }

  private static List<PeopleListing.Row> rows(List<Found> found, Map<Long, Standing> standings) {
    return found.stream()
        .map(
            each -> {
              Person person = each.person();
              Standing standing = standings.get(person.id());
              return new PeopleListing.Row(
                  person.id(),
                  person.name(),
                  person.email(),
                  person.managerId(),
                  each.managerName(),
                  person.framework(),
                  person.level(),
                  person.levelSince(),
                  standing == null ? null : standing.label(),
                  person.role(),
                  each.deactivated(),
                  person.version());
            })
        .toList();
  }

  /** Everyone with reports, by name: the choices of the manager and team filters. */
  List<PeopleListing.Choice> managers() {
    return jdbc.sql(
            """
            select m.id, m.name from person m
            where exists (select 1 from person r where r.manager_id = m.id)
            order by m.name, m.id
            """)
        .query((rs, n) -> new PeopleListing.Choice(rs.getLong(1), rs.getString(2)))
        .list();
  }
}
