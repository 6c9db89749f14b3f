package org.rungs.app.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Feedback and its supporters in the database; names of authors are left to the caller. */
@Repository
class FeedbackRepository {

  /** A row as stored, before the reader decides whose name to show. */
  record Row(
      long id,
      String framework,
      String criterionId,
      FeedbackKind kind,
      String text,
      long authorId,
      boolean anonymous,
      Feedback.Status status,
      String reply,
      int supporters,
      boolean supportedByReader,
      boolean hasPatch,
      Instant createdAt,
      int version) {}

  // Supporters are counted in the same statement: the author counts as the first.
  private static final String SELECT =
      """
      select f.*, (patch is not null) as has_patch,
        1 + (select count(*) from feedback_support s
             where s.feedback_id = f.id and s.person_id <> f.author_id) as supporters,
        (f.author_id = :reader or exists (select 1 from feedback_support s
             where s.feedback_id = f.id and s.person_id = :reader)) as supported
      from feedback f
      """;

  private final JdbcClient jdbc;

  FeedbackRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      String framework,
      String criterionId,
      FeedbackKind kind,
      String text,
      long authorId,
      boolean anonymous) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into feedback (framework, criterion_id, kind, body, author_id, anonymous)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(framework, criterionId, kind.name(), text, authorId, anonymous)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Row> find(long id, long reader) {
    return jdbc.sql(SELECT + " where f.id = :id")
        .param("id", id)
        .param("reader", reader)
        .query(FeedbackRepository::row)
        .optional();
  }

  /**
   * A criterion's feedback, or a framework's own when {@code criterionId} is null; newest first.
   */
  List<Row> about(String framework, String criterionId, long reader) {
    String where =
        criterionId == null
            ? " where f.framework = :framework and f.criterion_id is null"
            : " where f.criterion_id = :criterion";
    return jdbc.sql(SELECT + where + " order by f.created_at desc, f.id desc")
        .param("framework", framework)
        .param("criterion", criterionId)
        .param("reader", reader)
        .query(FeedbackRepository::row)
        .list();
  }

  /** Open feedback on these frameworks, most supported first, then oldest first. */
  List<Row> open(List<String> frameworks, long reader) {
    if (frameworks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from ("
                + SELECT
                + " where f.status = 'OPEN' and f.framework in (:frameworks)) q"
                + " order by supporters desc, created_at, id")
        .param("frameworks", frameworks)
        .param("reader", reader)
        .query(FeedbackRepository::row)
        .list();
  }

  /** Open feedback of one kind, counted by criterion. */
  java.util.Map<String, Integer> openByCriterion(FeedbackKind kind) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    jdbc.sql(
            "select criterion_id, count(*) from feedback where status = 'OPEN' and kind = ?"
                + " and criterion_id is not null group by criterion_id")
        .param(kind.name())
        .query(
            rs -> {
              counts.put(rs.getString(1), rs.getInt(2));
            });
    return counts;
  }

  void support(long id, long personId) {
    jdbc.sql(
            "insert into feedback_support (feedback_id, person_id) select ?, ? where not exists"
                + " (select 1 from feedback_support where feedback_id = ? and person_id = ?)")
        .params(id, personId, id, personId)
        .update();
  }

  /** Closes open feedback; false if it was no longer open (someone decided first). */
  boolean decide(long id, Feedback.Status status, String reply, long deciderId, String patch) {
    return jdbc.sql(
                "update feedback set status = ?, reply = ?, decided_by = ?, decided_at ="
                    + " current_timestamp, patch = ?, version = version + 1"
                    + " where id = ? and status = 'OPEN'")
            .params(status.name(), reply, deciderId, patch, id)
            .update()
        == 1;
  }

  Optional<String> patch(long id) {
    return jdbc.sql("select patch from feedback where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    Timestamp created = rs.getTimestamp("created_at");
    return new Row(
        rs.getLong("id"),
        rs.getString("framework"),
        rs.getString("criterion_id"),
        FeedbackKind.valueOf(rs.getString("kind")),
        rs.getString("body"),
        rs.getLong("author_id"),
        rs.getBoolean("anonymous"),
        Feedback.Status.valueOf(rs.getString("status")),
        rs.getString("reply"),
        rs.getInt("supporters"),
        rs.getBoolean("supported"),
        rs.getBoolean("has_patch"),
        created.toInstant(),
        rs.getInt("version"));
  }
}
