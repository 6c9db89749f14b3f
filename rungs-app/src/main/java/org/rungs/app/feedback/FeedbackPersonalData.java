package org.rungs.app.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback's part of a person's data: the feedback they wrote, what they supported, and what they
 * decided as an owner. Feedback is about a framework, not about a person, and an accepted example
 * already lives in the framework's file: erasing keeps what they wrote, by the anonymised person,
 * shown as anonymous to everyone, with their name and email replaced wherever the text quotes them
 * (their feedback, owners' replies, patches). Their supports and decisions stay, so queues and
 * counts stay right.
 */
@Component
class FeedbackPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  FeedbackPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "feedback";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(
        new PersonColumns("feedback", "author_id", "decided_by"),
        new PersonColumns("feedback_support", "person_id"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "feedback-written",
        PersonalData.rows(
            jdbc,
            "select id, framework, criterion_id, kind, body, anonymous, status, reply, decided_at,"
                + " created_at from feedback where author_id = ? order by created_at, id",
            personId));
    parts.put(
        "feedback-supported",
        PersonalData.rows(
            jdbc,
            "select f.id, f.framework, f.criterion_id, f.kind from feedback_support s"
                + " join feedback f on f.id = s.feedback_id where s.person_id = ? order by f.id",
            personId));
    parts.put(
        "feedback-decided",
        PersonalData.rows(
            jdbc,
            "select id, framework, criterion_id, status, reply, decided_at from feedback"
                + " where decided_by = ? order by decided_at, id",
            personId));
    return parts;
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql("update feedback set anonymous = true, version = version + 1 where author_id = ?")
        .param(erasure.personId())
        .update();
    for (String[] quoted :
        List.of(
            new String[] {erasure.email(), erasure.replacementEmail()},
            new String[] {erasure.name(), erasure.replacementName()})) {
      jdbc.sql(
              """
              update feedback set body = replace(body, :old, :new),
                reply = replace(reply, :old, :new), patch = replace(patch, :old, :new)
              where body like :like or reply like :like or patch like :like
              """)
          .param("old", quoted[0])
          .param("new", quoted[1])
          .param("like", "%" + quoted[0] + "%")
          .update();
    }
  }
}
