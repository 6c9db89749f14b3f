package org.rungs.app.checkins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Check-ins' part of a person's data: their check-ins, agreements, focus criteria and
 * confirmations. Erasing removes the free text about them (the agreement's summary, their
 * confirmation note) and the audit trail's values, and keeps the steps, dates and target levels,
 * which count check-ins; check-ins they ran for others stay, run by the anonymised person.
 */
@Component
class CheckInPersonalData implements PersonalData {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  CheckInPersonalData(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "check-ins";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(new PersonColumns("check_in", "person_id", "started_by", "agreed_by"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "check-ins",
        PersonalData.rows(
            jdbc,
            "select id, framework, state, started_by, started_at, agreed_by, agreed_at,"
                + " target_level, summary, confirmation, confirmation_note, confirmed_at"
                + " from check_in where person_id = ? order by started_at, id",
            personId));
    parts.put(
        "check-in-focus",
        PersonalData.rows(
            jdbc,
            "select f.check_in_id, f.criterion_id from check_in_focus f"
                + " join check_in c on c.id = f.check_in_id where c.person_id = ?"
                + " order by 1, 2",
            personId));
    return parts;
  }

  @Override
  public void erase(Erasure erasure) {
    List<String> ids =
        jdbc
            .sql("select id from check_in where person_id = ?")
            .param(erasure.personId())
            .query(Long.class)
            .list()
            .stream()
            .map(String::valueOf)
            .toList();
    audit.forgetValues("check-in", ids);
    jdbc.sql(
            "update check_in set summary = null, confirmation_note = null, version = version + 1"
                + " where person_id = ?")
        .param(erasure.personId())
        .update();
  }
}
