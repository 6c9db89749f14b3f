package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.personaldata.Erasure;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pay's part of a person's data: their pay history and the sex they gave, opened for their own
 * export (the one place a sealed figure leaves Rungs as plain text, to the person it is about or an
 * admin), and the bands and pay changes they entered for others. Erasing deletes their pay changes
 * and sex, and their raises in pay review rounds; what they entered for others (bands, raises set,
 * rounds opened) stays, by the anonymised person. A pay gap report computed after the erasure no
 * longer counts them: reports already made are kept by whoever filed them ({@code docs/privacy.md}
 * says so).
 */
@Component
class PayPersonalData implements PersonalData {

  /** What an export holds instead of a figure when pay is off: the figures cannot be opened. */
  static final String SEALED = "sealed (no pay key is set)";

  private final JdbcClient jdbc;
  private final PayCipher cipher;

  PayPersonalData(JdbcClient jdbc, PayCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public String name() {
    return "pay";
  }

  @Override
  public List<PersonColumns> tables() {
    return List.of(
        new PersonColumns("pay_change", "person_id", "added_by"),
        new PersonColumns("pay_sex", "person_id"),
        new PersonColumns("pay_band", "added_by"),
        new PersonColumns("pay_round", "opened_by"),
        new PersonColumns("pay_round_proposal", "person_id", "adjusted_by"));
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(long personId) {
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put(
        "pay-changes",
        jdbc
            .sql(
                "select effective_from, reason, round_id, sealed, added_by, added_at"
                    + " from pay_change where person_id = ? order by effective_from")
            .param(personId)
            .query()
            .listOfRows()
            .stream()
            .map(row -> opened(personId, PersonalData.plain(List.of(row)).get(0)))
            .toList());
    parts.put(
        "pay-sex",
        jdbc
            .sql("select sealed from pay_sex where person_id = ?")
            .param(personId)
            .query(String.class)
            .list()
            .stream()
            .map(
                stored ->
                    Map.<String, Object>of(
                        "sex",
                        cipher.isOn()
                            ? cipher.open(stored, PayRepository.sexContext(personId))
                            : SEALED))
            .toList());
    parts.put(
        "pay-bands-added",
        PersonalData.plain(
            jdbc.sql(
                    "select scope, level, zone, effective_from, added_at from pay_band"
                        + " where added_by = ? order by added_at, id")
                .param(personId)
                .query()
                .listOfRows()));
    // A raise under discussion is management planning until its round closes: the person sees
    // their raises in closed rounds, as their pay history does (docs/privacy.md).
    parts.put(
        "pay-review-raises",
        PersonalData.plain(
            jdbc.sql(
                    "select r.name, r.effective_from, p.percent, p.reason, p.approved"
                        + " from pay_round_proposal p join pay_round r on r.id = p.round_id"
                        + " where p.person_id = ? and r.state = 'CLOSED' order by r.effective_from")
                .param(personId)
                .query()
                .listOfRows()));
    parts.put(
        "pay-review-raises-set",
        PersonalData.plain(
            jdbc.sql(
                    "select round_id, percent, reason from pay_round_proposal"
                        + " where adjusted_by = ? order by round_id, person_id")
                .param(personId)
                .query()
                .listOfRows()));
    parts.put(
        "pay-reviews-opened",
        PersonalData.plain(
            jdbc.sql(
                    "select name, effective_from, opened_at from pay_round where opened_by = ?"
                        + " order by opened_at, id")
                .param(personId)
                .query()
                .listOfRows()));
    return parts;
  }

  private Map<String, Object> opened(long personId, Map<String, Object> row) {
    Object stored = row.remove("sealed");
    if (!cipher.isOn()) {
      row.put("pay", SEALED);
      return row;
    }
    LocalDate from = LocalDate.parse((String) row.get("effective_from"));
    String[] figures =
        cipher.open((String) stored, PayRepository.changeContext(personId, from)).split("\\|", 5);
    row.put("currency", figures[0]);
    row.put("base_salary", figures[1]);
    row.put("fte", figures[2]);
    row.put("variable_pay", figures[3]);
    row.put("zone", figures[4]);
    return row;
  }

  @Override
  public void erase(Erasure erasure) {
    jdbc.sql("delete from pay_change where person_id = ?").param(erasure.personId()).update();
    jdbc.sql("delete from pay_sex where person_id = ?").param(erasure.personId()).update();
    // Their raises, with what managers wrote about them; raises they set for others stay.
    jdbc.sql("delete from pay_round_proposal where person_id = ?")
        .param(erasure.personId())
        .update();
  }
}
