package org.rungs.app.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence's part of a person's data: what they did, with its notes, links and criteria. Erasing
 * deletes their evidence (it is their own free text and counts nothing) and forgets its values in
 * the audit trail; evidence they added for others stays, its author being the anonymised person.
 */
@Component
class EvidencePersonalData implements PersonalData {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  EvidencePersonalData(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "evidence";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(new PersonColumns("evidence", "person_id", "created_by"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "evidence",
        PersonalData.rows(
            jdbc,
            "select id, note, link, happened_on, created_at, created_by from evidence"
                + " where person_id = ? order by happened_on, id",
            personId));
    parts.put(
        "evidence-criteria",
        PersonalData.rows(
            jdbc,
            "select c.evidence_id, c.criterion_id from evidence_criterion c"
                + " join evidence e on e.id = c.evidence_id where e.person_id = ?"
                + " order by 1, 2",
            personId));
    return parts;
  }

  @Override
  public void erase(Erasure erasure) {
    List<String> ids =
        jdbc
            .sql("select id from evidence where person_id = ?")
            .param(erasure.personId())
            .query(Long.class)
            .list()
            .stream()
            .map(String::valueOf)
            .toList();
    audit.forgetValues("evidence", ids);
    jdbc.sql("delete from evidence where person_id = ?").param(erasure.personId()).update();
  }
}
