package org.rungs.app.rhythm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overdue reminders sent, one row per person and due date. */
@Repository
class ReminderRepository {

  private final JdbcClient jdbc;

  ReminderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that the reminder for {@code dueOn} is sent, unless it was already: {@code true} for
   * the one caller (of any instance) that gets to send it.
   */
  boolean claim(long personId, LocalDate dueOn, Instant now) {
    return jdbc.sql(
                "insert into check_in_reminder (person_id, due_on, sent_at) values (?, ?, ?)"
                    + " on conflict do nothing")
            .params(personId, dueOn, now.atOffset(ZoneOffset.UTC))
            .update()
        == 1;
  }
}
