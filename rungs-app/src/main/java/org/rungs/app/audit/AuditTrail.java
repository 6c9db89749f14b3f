package org.rungs.app.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what, when, from what to what: every change to a level, an assessment or an agreement
 * is recorded here, in the same transaction as the change itself.
 */
@Component
public class AuditTrail {

  /** One recorded change. */
  public record Event(
      java.time.OffsetDateTime at,
      Long actorId,
      String entity,
      String entityId,
      String action,
      String before,
      String after) {}

  private final JdbcClient jdbc;

  public AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a change.
   *
   * @param actorId who made it, or {@code null} for the command line and the system
   */
  public void record(
      Long actorId, String entity, String entityId, String action, String before, String after) {
    jdbc.sql(
            """
            insert into audit_event (actor_id, entity, entity_id, action, before_value, after_value)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(actorId, entity, entityId, action, before, after)
        .update();
  }

  /** A recorded change with its number: numbers grow with every change, in commit order. */
  public record Numbered(long id, Event event) {}

  /**
   * The changes to every thing of {@code entity} whose id starts with {@code entityIdPrefix}, such
   * as {@code "12:"} for all of person 12's assessments, oldest first.
   */
  public List<Numbered> withIdPrefix(String entity, String entityIdPrefix) {
    String pattern = entityIdPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(
            """
            select id, at, actor_id, entity, entity_id, action, before_value, after_value
            from audit_event where entity = ? and entity_id like ? escape '\\' order by id
            """)
        .params(entity, pattern + "%")
        .query(
            (rs, n) -> {
              long actor = rs.getLong("actor_id");
              Long actorId = rs.wasNull() ? null : actor;
              return new Numbered(
                  rs.getLong("id"),
                  new Event(
                      rs.getObject("at", java.time.OffsetDateTime.class),
                      actorId,
                      rs.getString("entity"),
                      rs.getString("entity_id"),
                      rs.getString("action"),
                      rs.getString("before_value"),
                      rs.getString("after_value")));
            })
        .list();
  }

  /** The changes to one thing, oldest first. */
  public List<Event> of(String entity, String entityId) {
    return jdbc.sql(
            """
            select at, actor_id, entity, entity_id, action, before_value, after_value
            from audit_event where entity = ? and entity_id = ? order by id
            """)
        .params(entity, entityId)
        .query(
            (rs, n) -> {
              long actor = rs.getLong("actor_id");
              // wasNull speaks of the column read last: ask before reading another.
              Long actorId = rs.wasNull() ? null : actor;
              return new Event(
                  rs.getObject("at", java.time.OffsetDateTime.class),
                  actorId,
                  rs.getString("entity"),
                  rs.getString("entity_id"),
                  rs.getString("action"),
                  rs.getString("before_value"),
                  rs.getString("after_value"));
            })
        .list();
  }

  /**
   * Forgets the values recorded for changes to the given things, keeping that they happened, when
   * and by whom: for erasing a person's personal data. {@code entityIdPrefix} matches ids that
   * start with it, e.g. {@code "42:"} for a person's assessments.
   */
  public void forgetValues(String entity, String entityIdPrefix) {
    jdbc.sql(
            """
            update audit_event set before_value = null, after_value = null
            where entity = ? and entity_id like ?
            """)
        // Prefixes are ids and separators ("42:"), never LIKE's own characters.
        .params(entity, entityIdPrefix + "%")
        .update();
  }

  /** Forgets the values recorded for changes to each of {@code entityIds} of {@code entity}. */
  public void forgetValues(String entity, java.util.Collection<String> entityIds) {
    for (String id : entityIds) {
      jdbc.sql(
              "update audit_event set before_value = null, after_value = null"
                  + " where entity = ? and entity_id = ?")
          .params(entity, id)
          .update();
    }
  }
}
