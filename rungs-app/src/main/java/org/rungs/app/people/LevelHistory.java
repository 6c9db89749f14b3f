package org.rungs.app.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The levels each person held and from when, in the database; newest last. */
@Repository
class LevelHistory {

  private final JdbcClient jdbc;

  LevelHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(
      long personId, String framework, int level, LocalDate since, Long recordedBy, String note) {
    jdbc.sql(
            "insert into level_history (person_id, framework, level, since, recorded_by, note)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(personId, framework, level, since, recordedBy, note)
        .update();
  }

  List<LevelChange> of(long personId) {
    return jdbc.sql(
            """
            select h.framework, h.level, h.since, h.recorded_at, r.name as recorded_by, h.note
            from level_history h left join person r on r.id = h.recorded_by
            where h.person_id = ? order by h.since, h.id
            """)
        .param(personId)
        .query(
            (rs, n) ->
                new LevelChange(
                    rs.getString("framework"),
                    rs.getInt("level"),
                    rs.getObject("since", LocalDate.class),
                    rs.getObject("recorded_at", OffsetDateTime.class),
                    rs.getString("recorded_by"),
                    rs.getString("note")))
        .list();
  }
}
