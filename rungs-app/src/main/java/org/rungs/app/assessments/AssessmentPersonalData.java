package org.rungs.app.assessments;

import java.util.List;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessments' part of a person's data: every view of every criterion assessed for them, with
 * the notes. Erasing removes the notes about them (theirs, their manager's, the agreed one) and the
 * values in the audit trail, and keeps the statuses, which are no one's without a name and which
 * the framework's counts are made of. Notes they wrote on others' assessments stay, their author
 * being the anonymised person.
 */
@Component
class AssessmentPersonalData implements PersonalData {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  AssessmentPersonalData(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "assessments";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(new PersonColumns("assessment", "person_id", "updated_by"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    return Map.of(
        "assessments",
        PersonalData.rows(
            jdbc,
            "select framework, criterion_id, criterion_text, self_status, self_note,"
                + " manager_status, manager_note, agreed_status, agreed_note, updated_at,"
                + " updated_by from assessment where person_id = ?"
                + " order by framework, criterion_id",
            personId));
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql(
            "update assessment set self_note = null, manager_note = null, agreed_note = null,"
                + " version = version + 1 where person_id = ?")
        .param(erasure.personId())
        .update();
    audit.forgetValues("assessment", erasure.personId() + ":");
  }
}
