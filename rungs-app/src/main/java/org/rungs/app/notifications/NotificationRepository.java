package org.rungs.app.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The preferences and the outbox in the database. */
@Repository
class NotificationRepository {

  /** One message for one channel, as the outbox holds it. */
  record Outgoing(
      long id,
      long personId,
      Channel channel,
      NotificationKind kind,
      String subject,
      String body,
      String link,
      int attempts) {}

  enum Channel {
    EMAIL,
    SLACK
  }

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Preferences preferences(long personId) {
    return jdbc.sql(
            "select email, slack, slack_webhook, version from notification_preference"
                + " where person_id = ?")
        .param(personId)
        .query(
            (rs, row) ->
                new Preferences(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4)))
        .optional()
        .orElse(Preferences.DEFAULT);
  }

  /**
   * Saves preferences if they are still at the version read: {@code 0} for none saved yet (a saved
   * row starts at 1, so a page read before the first save cannot overwrite it).
   */
  boolean save(long personId, Preferences chosen, int version) {
    int updated =
        jdbc.sql(
                "update notification_preference set email = ?, slack = ?, slack_webhook = ?,"
                    + " version = version + 1 where person_id = ? and version = ?")
            .params(chosen.email(), chosen.slack(), chosen.slackWebhook(), personId, version)
            .update();
    if (updated == 1 || version != 0) {
      return updated == 1;
    }
    return jdbc.sql(
                "insert into notification_preference (person_id, email, slack, slack_webhook,"
                    + " version) select ?, ?, ?, ?, 1 where not exists"
                    + " (select 1 from notification_preference where person_id = ?)")
            .params(personId, chosen.email(), chosen.slack(), chosen.slackWebhook(), personId)
            .update()
        == 1;
  }

  void add(NotificationRequested message, Channel channel, Instant now) {
    jdbc.sql(
            "insert into notification_outbox (person_id, channel, kind, subject, body, link,"
                + " created_at, next_attempt) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            message.personId(),
            channel.name(),
            message.kind().name(),
            message.subject(),
            message.text(),
            message.link(),
            at(now),
            at(now))
        .update();
  }

  /** Unsent messages whose time has come and that no sender holds, oldest first. */
  List<Outgoing> due(Instant now, int limit) {
    return jdbc.sql(
            "select id, person_id, channel, kind, subject, body, link, attempts"
                + " from notification_outbox"
                + " where sent_at is null and gave_up_at is null and next_attempt <= :now"
                + " and (claimed_until is null or claimed_until < :now)"
                + " order by id fetch first "
                + limit
                + " rows only")
        .param("now", at(now))
        .query(NotificationRepository::outgoing)
        .list();
  }

  /** Takes a message for this sender until {@code until}, unless another sender took it. */
  boolean claim(Outgoing message, Instant now, Instant until) {
    return jdbc.sql(
                "update notification_outbox set claimed_until = ?"
                    + " where id = ? and attempts = ? and sent_at is null and gave_up_at is null"
                    + " and (claimed_until is null or claimed_until < ?)")
            .params(at(until), message.id(), message.attempts(), at(now))
            .update()
        == 1;
  }

  void sent(long id, Instant now) {
    jdbc.sql(
            "update notification_outbox set sent_at = ?, attempts = attempts + 1,"
                + " claimed_until = null where id = ?")
        .params(at(now), id)
        .update();
  }

  void failed(long id, Instant retryAt) {
    jdbc.sql(
            "update notification_outbox set attempts = attempts + 1, next_attempt = ?,"
                + " claimed_until = null where id = ?")
        .params(at(retryAt), id)
        .update();
  }

  void gaveUp(long id, Instant now) {
    jdbc.sql(
            "update notification_outbox set attempts = attempts + 1, gave_up_at = ?,"
                + " claimed_until = null where id = ?")
        .params(at(now), id)
        .update();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Outgoing outgoing(ResultSet rs, int row) throws SQLException {
    return new Outgoing(
        rs.getLong("id"),
        rs.getLong("person_id"),
        Channel.valueOf(rs.getString("channel")),
        NotificationKind.valueOf(rs.getString("kind")),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getInt("attempts"));
  }
}
