package org.rungs.app.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications' part of a person's data: their channel choices (whether a Slack webhook is set,
 * never the webhook, which is a secret) and the messages Rungs sent or will send them. Erasing
 * deletes both; messages to others that quote their name or email get the anonymised ones.
 */
@Component
class NotificationPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  NotificationPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "notifications";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(
        new PersonColumns("notification_preference", "person_id"),
        new PersonColumns("notification_outbox", "person_id"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "notification-preferences",
        PersonalData.rows(
            jdbc,
            "select email, slack, slack_webhook is not null as slack_webhook_set"
                + " from notification_preference where person_id = ?",
            personId));
    parts.put(
        "notifications",
        PersonalData.rows(
            jdbc,
            "select channel, kind, subject, body, link, created_at, sent_at, gave_up_at"
                + " from notification_outbox where person_id = ? order by created_at, id",
            personId));
    return parts;
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql("delete from notification_outbox where person_id = ?")
        .param(erasure.personId())
        .update();
    jdbc.sql("delete from notification_preference where person_id = ?")
        .param(erasure.personId())
        .update();
    for (String[] quoted :
        List.of(
            new String[] {erasure.email(), erasure.replacementEmail()},
            new String[] {erasure.name(), erasure.replacementName()})) {
      jdbc.sql(
              """
              update notification_outbox set subject = replace(subject, :old, :new),
                body = replace(body, :old, :new)
              where subject like :like or body like :like
              """)
          .param("old", quoted[0])
          .param("new", quoted[1])
          .param("like", "%" + quoted[0] + "%")
          .update();
    }
  }
}
