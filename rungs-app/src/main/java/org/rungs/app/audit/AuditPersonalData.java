package org.rungs.app.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail's part of a person's data: the changes they made and the changes to their person
 * record. Erasing keeps every entry (that a change happened, when, by whom) but forgets the values
 * of the changes to their record, replaces their email and name wherever a value still quotes them,
 * and adds the one stub that says an erasure happened, when and by whom.
 */
@Component
class AuditPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  AuditPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(new PersonColumns("audit_event", "actor_id"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "changes-to-their-record",
        rows("entity = 'person' and entity_id = ?", Long.toString(personId)));
    parts.put("changes-they-made", rows("actor_id = ?", personId));
    return parts;
  }

  private List<Map<String, Object>> rows(String where, Object parameter) {
    return PersonalData.rows(
        jdbc,
        "select id, at, actor_id, entity, entity_id, action, before_value, after_value"
            + " from audit_event where "
            + where
            + " order by id",
        parameter);
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql(
            "update audit_event set before_value = null, after_value = null"
                + " where entity = 'person' and entity_id = ?")
        .param(Long.toString(erasure.personId()))
        .update();
    // Others' entries can quote them (an import names a manager by email).
    replaceEverywhere(erasure.email(), erasure.replacementEmail());
    replaceEverywhere(erasure.name(), erasure.replacementName());
    jdbc.sql(
            "insert into audit_event (actor_id, entity, entity_id, action, at) values (?, ?, ?, ?, ?)")
        .params(
            erasure.erasedBy(),
            "person",
            Long.toString(erasure.personId()),
            "erased",
            java.time.OffsetDateTime.ofInstant(erasure.at(), java.time.ZoneOffset.UTC))
        .update();
  }

  private void replaceEverywhere(String text, String replacement) {
    if (text.isBlank()) {
      return;
    }
    String like = "%" + text + "%";
    jdbc.sql(
            """
            update audit_event
            set before_value = replace(before_value, :text, :replacement),
                after_value = replace(after_value, :text, :replacement)
            where before_value like :like or after_value like :like
            """)
        .param("text", text)
        .param("replacement", replacement)
        .param("like", like)
        .update();
  }
}
