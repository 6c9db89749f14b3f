package org.rungs.app.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence in the database, newest first. */
@Repository
class EvidenceRepository {

  private final JdbcClient jdbc;

  EvidenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      long personId,
      String note,
      String link,
      LocalDate happenedOn,
      List<String> criteria,
      long actorId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into evidence (person_id, note, link, happened_on, created_by) values (?, ?, ?, ?, ?)")
        .params(personId, note, link, happenedOn, actorId)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (String criterion : criteria) {
      jdbc.sql("insert into evidence_criterion (evidence_id, criterion_id) values (?, ?)")
          .params(id, criterion)
          .update();
    }
    return id;
  }

  /**
   * Moves the links of these people's evidence from criterion {@code from} to {@code to}, except
   * where the evidence already names {@code to}.
   */
  void carryOver(List<Long> personIds, String from, String to) {
    // In slices: databases limit how many values one IN list may hold.
    for (int start = 0; start < personIds.size(); start += 1000) {
      jdbc.sql(
              """
              update evidence_criterion set criterion_id = :to
              where criterion_id = :from
                and evidence_id in (select e.id from evidence e where e.person_id in (:people))
                and not exists (
                  select 1 from evidence_criterion c
                  where c.evidence_id = evidence_criterion.evidence_id and c.criterion_id = :to)
              """)
          .param("to", to)
          .param("from", from)
          .param("people", personIds.subList(start, Math.min(personIds.size(), start + 1000)))
          .update();
    }
  }

  /** A person's evidence, newest first; {@code limit} at most. */
  public List<Evidence> findByPerson(long personId, int limit) {
    List<Evidence> rows =
        jdbc.sql(
                "select id, person_id, note, link, happened_on, created_by from evidence where person_id = ?"
                    + " order by happened_on desc, id desc limit ?")
            .params(personId, limit)
            .query(
                (rs, n) -> {
                  long creator = rs.getLong("created_by");
                  return new Evidence(
                      rs.getLong("id"),
                      rs.getLong("person_id"),
                      rs.getString("note"),
                      rs.getString("link"),
                      rs.getDate("happened_on").toLocalDate(),
                      List.of(),
                      rs.wasNull() ? null : creator);
                })
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<String>> criteria = new HashMap<>();
    jdbc.sql(
            "select evidence_id, criterion_id from evidence_criterion where evidence_id in (:ids) order by criterion_id")
        .param("ids", rows.stream().map(Evidence::id).toList())
        .query(
            rs -> {
              criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return rows.stream()
        .map(
            e ->
                new Evidence(
                    e.id(),
                    e.personId(),
                    e.note(),
                    e.link(),
                    e.happenedOn(),
                    criteria.getOrDefault(e.id(), List.of()),
                    e.createdBy()))
        .toList();
  }
}
