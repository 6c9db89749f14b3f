package org.rungs.app.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people feature's part of a person's data: their profile, level history, badges, API tokens
 * (names and dates, never the digests) and sign-in sessions. Erasing deletes the tokens, sessions
 * and badges, removes the notes of their level history (levels and dates stay, for counts), and
 * keeps the person's row, anonymised, so that what points at it (their assessments, the check-ins
 * they ran as a manager, their reports' manager) stays whole and every count stays right.
 */
@Component
class PeoplePersonalData implements PersonalData {

  private final JdbcClient jdbc;

  PeoplePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "people";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(
        new PersonColumns("person", "id", "manager_id", "deactivated_by"),
        new PersonColumns("person_badge", "person_id"),
        new PersonColumns("api_token", "person_id"),
        new PersonColumns("person_session", "person_id"),
        new PersonColumns("level_history", "person_id", "recorded_by"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "profile",
        PersonalData.rows(
            jdbc,
            "select id, email, name, manager_id, framework, level, level_since, target_level, role,"
                + " created_at, deactivated_at, deactivated_by, erased_at from person where id = ?",
            personId));
    parts.put(
        "manager",
        PersonalData.rows(
            jdbc,
            "select m.id, m.name, m.email from person m join person p on p.manager_id = m.id"
                + " where p.id = ?",
            personId));
    parts.put(
        "level-history",
        PersonalData.rows(
            jdbc,
            "select framework, level, since, recorded_at, recorded_by, note from level_history"
                + " where person_id = ? order by since, id",
            personId));
    parts.put(
        "badges",
        PersonalData.rows(
            jdbc, "select framework from person_badge where person_id = ? order by 1", personId));
    parts.put(
        "api-tokens",
        PersonalData.rows(
            jdbc,
            "select id, name, created_at, last_used_at, expires_at, revoked_at from api_token"
                + " where person_id = ? order by id",
            personId));
    parts.put(
        "sessions",
        PersonalData.rows(
            jdbc,
            "select created_at, last_used_at, client from person_session where person_id = ?"
                + " order by id",
            personId));
    return parts;
  }

  @Override
  public void erase(Erasure erasure) {
    long id = erasure.personId();
    jdbc.sql("delete from person_session where person_id = ?").param(id).update();
    jdbc.sql("delete from api_token where person_id = ?").param(id).update();
    jdbc.sql("delete from person_badge where person_id = ?").param(id).update();
    // A promotion's note is about them; the levels and dates stay (level counts over time), and
    // the notes they wrote when promoting others stay with those others' records.
    jdbc.sql("update level_history set note = null where person_id = ?").param(id).update();
    OffsetDateTime at = OffsetDateTime.ofInstant(erasure.at(), ZoneOffset.UTC);
    // Framework and level stay: they are no one's without the name, and level counts use them.
    jdbc.sql(
            """
            update person set name = :name, email = :email, password_hash = null,
              password_must_change = false, role = 'MEMBER',
              deactivated_at = coalesce(deactivated_at, :at),
              deactivated_by = coalesce(deactivated_by, :by),
              erased_at = :at, version = version + 1
            where id = :id
            """)
        .param("name", erasure.replacementName())
        .param("email", erasure.replacementEmail())
        .param("at", at)
        .param("by", erasure.erasedBy())
        .param("id", id)
        .update();
  }
}
