package org.rungs.app.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.progression.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People and who reports to whom, in the database. */
@Repository
class PersonRepository {

  private static final String COLUMNS =
      "id, email, name, manager_id, framework, level, level_since, target_level, role, version";

  /** The columns as read from a person table called {@code p}, for joins. */
  private static final String PREFIXED_COLUMNS = "p." + COLUMNS.replace(", ", ", p.");

  private final JdbcClient jdbc;

  PersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Person> findById(long id) {
    // The badges are read after the person's row, not from inside its row mapper: there the first
    // query still holds its connection while the second asks the pool for another, and a burst of
    // as many requests as the pool has connections (the backlog after the database came back, in
    // bench/pg-restart.sh) left every one holding one and waiting for a second, for good.
    return jdbc.sql("select " + COLUMNS + " from person where id = ?")
        .param(id)
        .query((rs, n) -> person(rs, List.of()))
        .optional()
        .map(person -> withBadges(List.of(person)).get(0));
  }

  java.util.Map<Long, Integer> levels(List<Long> ids) {
    java.util.Map<Long, Integer> levels = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, level from person where id in (:ids) and level is not null")
          .param("ids", ids)
          .query(
              rs -> {
                levels.put(rs.getLong(1), rs.getInt(2));
              });
    }
    return levels;
  }

  public Optional<Person> findByEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from person where email = ?")
        .param(email.strip().toLowerCase(java.util.Locale.ROOT))
        .query((rs, n) -> rs.getLong("id"))
        .optional()
        .flatMap(this::findById);
  }

  /** The password hash of an active person: a deactivated one cannot sign in. */
  public Optional<String> passwordHash(String email) {
    return jdbc.sql("select password_hash from person where email = ? and deactivated_at is null")
        .param(email.strip().toLowerCase(java.util.Locale.ROOT))
        .query(String.class)
        .optional();
  }

  /** Everyone, ordered by name: for admins. */
  public List<Person> findAll() {
    return withBadges(
        jdbc.sql("select " + COLUMNS + " from person order by name, id")
            .query((rs, n) -> person(rs, List.of()))
            .list());
  }

  /**
   * The people {@code managerId} manages, directly or through their reports' managers, ordered by
   * name.
   */
  public List<Person> findReportsOf(long managerId) {
    return withBadges(
        jdbc.sql(
                """
                with recursive reports (id) as (
                  select id from person where manager_id = :manager
                  union all
                  select p.id from person p join reports r on p.manager_id = r.id
                )
                select %s from person where id in (select id from reports) order by name, id
                """
                    .formatted(COLUMNS))
            .param("manager", managerId)
            .query((rs, n) -> person(rs, List.of()))
            .list());
  }

  /**
   * The active (not deactivated) people of an organisation, by name: everyone's for {@code null},
   * else {@code managerId} and everyone below them. One query, however large.
   */
  List<Person> findActiveOrganisation(Long managerId) {
    if (managerId == null) {
      return withBadges(
          jdbc.sql(
                  "select "
                      + COLUMNS
                      + " from person where deactivated_at is null order by name, id")
              .query((rs, n) -> person(rs, List.of()))
              .list());
    }
    return withBadges(
        jdbc.sql(
                """
                with recursive org (id) as (
                  select id from person where id = :manager
                  union all
                  select p.id from person p join org r on p.manager_id = r.id
                )
                select %s from org o join person p on p.id = o.id
                where p.deactivated_at is null order by p.name, p.id
                """
                    .formatted(PREFIXED_COLUMNS))
            .param("manager", managerId)
            .query((rs, n) -> person(rs, List.of()))
            .list());
  }

  /** The active people who report to {@code managerId} directly, by name. */
  List<Person> findActiveDirectReports(long managerId) {
    return withBadges(
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from person where manager_id = ? and deactivated_at is null"
                    + " order by name, id")
            .param(managerId)
            .query((rs, n) -> person(rs, List.of()))
            .list());
  }

  /** Whether {@code managerId} is somewhere above {@code personId} in the reporting line. */
  public boolean manages(long managerId, long personId) {
    return jdbc.sql(
                """
            with recursive chain (id, manager_id) as (
              select id, manager_id from person where id = :person
              union all
              select p.id, p.manager_id from person p join chain c on p.id = c.manager_id
            )
            select count(*) from chain where manager_id = :manager
            """)
            .param("person", personId)
            .param("manager", managerId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * A value that changes whenever anyone is added, changed or removed: how many people, the sum of
   * their versions (every change raises one) and the newest id. One aggregate, far cheaper than
   * reading everyone.
   */
  public List<Long> stamp() {
    return jdbc.sql("select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from person")
        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  public long count() {
    return jdbc.sql("select count(*) from person").query(Long.class).single();
  }

  public boolean anyAdmin() {
    return jdbc.sql(
                "select count(*) from person where role = 'ADMIN' and password_hash is not null")
            .query(Long.class)
            .single()
        > 0;
  }

  /** Adds a person; returns their id. */
  public long insert(NewPerson person) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into person (email, name, manager_id, framework, level, level_since, role, password_hash)
            values (:email, :name, :manager, :framework, :level, :since, :role, :hash)
            """)
        .param("email", person.email().strip().toLowerCase(java.util.Locale.ROOT))
        .param("name", person.name().strip())
        .param("manager", person.managerId())
        .param("framework", person.framework())
        .param("level", person.level())
        .param("since", person.levelSince())
        .param("role", person.role().name())
        .param("hash", person.passwordHash())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (String badge : person.badges()) {
      jdbc.sql("insert into person_badge (person_id, framework) values (?, ?)")
          .params(id, badge)
          .update();
    }
    return id;
  }

  /**
   * Sets a person's password hash.
   *
   * @param mustChange whether it is a one-time password, to be replaced at the next sign-in
   */
  public void setPassword(long id, String passwordHash, boolean mustChange) {
    jdbc.sql(
            "update person set password_hash = ?, password_must_change = ?, version = version + 1"
                + " where id = ?")
        .params(passwordHash, mustChange, id)
        .update();
  }

  /** Whether the person still holds a one-time password, which they must replace to go on. */
  public boolean mustChangePassword(long id) {
    return jdbc.sql("select password_must_change from person where id = ?")
        .param(id)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public void setManager(long id, Long managerId) {
    jdbc.sql("update person set manager_id = ?, version = version + 1 where id = ?")
        .params(managerId, id)
        .update();
  }

  /**
   * Sets the agreed target level, only if nobody changed the person since {@code version} was read.
   *
   * @return whether it was written; {@code false} means someone else changed the person first
   */
  public boolean setTargetLevel(long id, Integer targetLevel, int version) {
    return jdbc.sql(
                "update person set target_level = ?, version = version + 1 where id = ? and version = ?")
            .params(targetLevel, id, version)
            .update()
        == 1;
  }

  /** Updates what an import sets of a person already in Rungs, badges included. */
  public void update(
      long id,
      String name,
      String framework,
      Integer level,
      LocalDate levelSince,
      Role role,
      List<String> badges) {
    jdbc.sql(
            "update person set name = ?, framework = ?, level = ?, level_since = ?, role = ?,"
                + " version = version + 1 where id = ?")
        .params(name, framework, level, levelSince, role.name(), id)
        .update();
    jdbc.sql("delete from person_badge where person_id = ?").param(id).update();
    for (String badge : badges) {
      jdbc.sql("insert into person_badge (person_id, framework) values (?, ?)")
          .params(id, badge)
          .update();
    }
  }

  /** The ids of everyone who progresses in {@code framework} or holds it as a badge. */
  public List<Long> idsFollowing(String framework) {
    return jdbc.sql(
            """
            select id from person p where p.framework = ?
               or exists (select 1 from person_badge g where g.person_id = p.id and g.framework = ?)
            order by id
            """)
        .params(framework, framework)
        .query(Long.class)
        .list();
  }

  /**
   * Writes what an admin edits of a person, only if nobody changed them since {@code version}.
   *
   * @return whether it was written
   */
  boolean edit(long id, PersonEdit edit, int version) {
    return jdbc.sql(
                """
                update person set email = :email, name = :name, manager_id = :manager,
                  framework = :framework, level = :level, level_since = :since, role = :role,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("email", edit.email())
            .param("name", edit.name())
            .param("manager", edit.managerId())
            .param("framework", edit.framework())
            .param("level", edit.level())
            .param("since", edit.levelSince())
            .param("role", edit.role().name())
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** When the person was deactivated, or empty while they are active. */
  Optional<java.time.OffsetDateTime> deactivatedAt(long id) {
    return jdbc.sql("select deactivated_at from person where id = ?")
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class)))
        .optional()
        .flatMap(at -> at);
  }

  /**
   * Deactivates or reactivates a person, only if nobody changed them since {@code version}.
   *
   * @param by who deactivated them; {@code null} with {@code at} null reactivates
   */
  boolean setDeactivated(long id, java.time.OffsetDateTime at, Long by, int version) {
    return jdbc.sql(
                "update person set deactivated_at = ?, deactivated_by = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(at, by, id, version)
            .update()
        == 1;
  }

  /** What an admin sets of a person on their page. */
  record PersonEdit(
      String email,
      String name,
      Long managerId,
      String framework,
      Integer level,
      LocalDate levelSince,
      Role role) {}

  /** A person to add, before they have an id. */
  record NewPerson(
      String email,
      String name,
      Long managerId,
      String framework,
      Integer level,
      LocalDate levelSince,
      Role role,
      List<String> badges,
      String passwordHash) {}

  private List<Person> withBadges(List<Person> people) {
    if (people.isEmpty()) {
      return people;
    }
    Map<Long, List<String>> badges = badges(people.stream().map(Person::id).toList());
    List<Person> result = new ArrayList<>(people.size());
    for (Person p : people) {
      result.add(
          new Person(
              p.id(),
              p.email(),
              p.name(),
              p.managerId(),
              p.framework(),
              p.level(),
              p.levelSince(),
              p.targetLevel(),
              p.role(),
              badges.getOrDefault(p.id(), List.of()),
              p.version()));
    }
    return result;
  }

  private Map<Long, List<String>> badges(List<Long> ids) {
    Map<Long, List<String>> badges = new HashMap<>();
    if (ids.size() > 1000) {
      jdbc.sql("select person_id, framework from person_badge order by framework")
          .query(
              rs -> {
                badges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
              });
      return badges;
    }
    jdbc.sql(
            "select person_id, framework from person_badge where person_id in (:ids) order by framework")
        .param("ids", ids)
        .query(
            rs -> {
              badges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return badges;
  }

  private static Person person(ResultSet rs, List<String> badges) throws SQLException {
    long managerId = rs.getLong("manager_id");
    boolean noManager = rs.wasNull();
    int level = rs.getInt("level");
    boolean noLevel = rs.wasNull();
    int target = rs.getInt("target_level");
    boolean noTarget = rs.wasNull();
    // Read as a LocalDate directly: going through java.sql.Date builds a Calendar per row, which
    // showed up in the profile of the team page of a manager of managers.
    LocalDate since = rs.getObject("level_since", LocalDate.class);
    return new Person(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("name"),
        noManager ? null : managerId,
        rs.getString("framework"),
        noLevel ? null : level,
        since,
        noTarget ? null : target,
        Role.valueOf(rs.getString("role")),
        badges,
        rs.getInt("version"));
  }
}
