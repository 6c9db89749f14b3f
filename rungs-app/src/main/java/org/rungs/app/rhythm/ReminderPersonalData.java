package org.rungs.app.rhythm;

import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rhythm's part of a person's data: the overdue reminders sent to them (the due date and when).
 * Erasing deletes them: they count nothing, and an erased person is sent nothing more.
 */
@Component
class ReminderPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  ReminderPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(new PersonColumns("check_in_reminder", "person_id"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    return Map.of(
        "overdue-reminders",
        PersonalData.rows(
            jdbc,
            "select due_on, sent_at from check_in_reminder where person_id = ?"
                + " order by due_on",
            personId));
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql("delete from check_in_reminder where person_id = ?")
        .param(erasure.personId())
        .update();
  }
}
