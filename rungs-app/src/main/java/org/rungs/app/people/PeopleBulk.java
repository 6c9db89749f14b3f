package org.rungs.app.people;

import java.sql.Types;
import org.rungs.app.system.InsertBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many people at once, with the ids the caller gives them, so that its other rows can refer
 * to them without reading keys back: for {@code rungs demo}, which fills an empty database with up
 * to tens of thousands. Rows go in as batched multi-row inserts ({@link InsertBatch}), in the
 * caller's transaction.
 *
 * <p>Nothing is checked or audited here: the caller plans valid people for an empty database.
 */
@Component
public class PeopleBulk {
  private final JdbcTemplate jdbc;

  PeopleBulk(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new batch of people; {@link Batch#flush} it before each commit. */
  public Batch batch() {
    return new Batch(jdbc);
  }

  /** Makes ids given from now on go on after those the batches gave. */
  public void continueIds() {
    InsertBatch.continueIdentity(jdbc, "person");
  }

  /**
   * Takes out people with ids 1 to {@code lastId} and the one with {@code email}, with their badges
   * and tokens: what a failed bulk run wrote. Their other rows must be gone first.
   */
  public void removeUpTo(long lastId, String email) {
    for (String delete :
        new String[] {
          "delete from person_badge where person_id <= ?",
          "delete from api_token where person_id <= ?",
          "update person set manager_id = null where id <= ?",
          "delete from person where id <= ?"
        }) {
      jdbc.update(delete, lastId);
    }
    jdbc.update(
        "delete from api_token where person_id in (select id from person where email = ?)", email);
    jdbc.update("delete from person where email = ?", email);
  }

  /** People waiting to be written, with their badges. Not thread-safe. */
  public static final class Batch {
    private final InsertBatch persons;
    private final InsertBatch badges;

    private Batch(JdbcTemplate jdbc) {
      this.persons =
          new InsertBatch(
              jdbc,
              "insert into person (id, email, name, manager_id, framework, level, level_since,"
                  + " target_level, role) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Types.BIGINT,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.BIGINT,
              Types.VARCHAR,
              Types.INTEGER,
              Types.DATE,
              Types.INTEGER,
              Types.VARCHAR);
      this.badges =
          new InsertBatch(
                  jdbc,
                  "insert into person_badge (person_id, framework) values (?, ?)",
                  Types.BIGINT,
                  Types.VARCHAR)
              .after(persons);
    }

    /** Adds {@code person} with their id and badges (their version is the table's first). */
    public void add(Person person) {
      persons.add(
          person.id(),
          person.email(),
          person.name(),
          person.managerId(),
          person.framework(),
          person.level(),
          person.levelSince(),
          person.targetLevel(),
          person.role().name());
      for (String badge : person.badges()) {
        badges.add(person.id(), badge);
      }
    }

    /** Sends what is waiting. */
    public void flush() {
      persons.flush();
      badges.flush();
    }
  }
}
