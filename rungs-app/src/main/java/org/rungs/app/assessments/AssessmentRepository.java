package org.rungs.app.assessments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments in the database, written with optimistic locking. */
@Repository
class AssessmentRepository {

  private final JdbcClient jdbc;

  AssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Assessment> findByPerson(long personId, String framework) {
    return jdbc.sql("select * from assessment where person_id = ? and framework = ?")
        .params(personId, framework)
        .query(AssessmentRepository::assessment)
        .list();
  }

  /** One agreed status of one person's criterion in one framework. */
  public record Agreed(
      long personId, String framework, String criterionId, AssessmentStatus status) {}

  /**
   * The agreed statuses of these people, in any framework, that are one of {@code statuses}: all a
   * standing needs, without the wording, notes and other views that {@code select *} would read and
   * convert for each of thousands of rows on the team page of a manager of managers.
   */
  public List<Agreed> findAgreedByPeople(List<Long> personIds, Set<AssessmentStatus> statuses) {
    List<Agreed> all = new java.util.ArrayList<>();
    if (statuses.isEmpty()) {
      return all;
    }
    List<String> names = statuses.stream().map(AssessmentStatus::name).toList();
    if (personIds.size() > 1000) {
      // A large organisation (the org overview of everyone): one pass over the table, kept in
      // memory for these people, is far faster than IN lists of thousands and one statement only.
      Set<Long> wanted = new java.util.HashSet<>(personIds);
      jdbc.sql(
              "select person_id, framework, criterion_id, agreed_status from assessment"
                  + " where agreed_status in (:statuses)")
          .param("statuses", names)
          .query(
              rs -> {
                if (wanted.contains(rs.getLong(1))) {
                  all.add(
                      new Agreed(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          AssessmentStatus.valueOf(rs.getString(4))));
                }
              });
      return all;
    }
    // In slices: databases limit how many values one IN list may hold.
    for (int from = 0; from < personIds.size(); from += 1000) {
      jdbc.sql(
              """
              select person_id, framework, criterion_id, agreed_status from assessment
              where person_id in (:ids) and agreed_status in (:statuses)
              """)
          .param("ids", personIds.subList(from, Math.min(personIds.size(), from + 1000)))
          .param("statuses", names)
          .query(
              rs -> {
                all.add(
                    new Agreed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        AssessmentStatus.valueOf(rs.getString(4))));
              });
    }
    return all;
  }

  /**
   * Each person's assessments as a print: how many rows and the sum of their versions, which every
   * write raises. One grouped pass, a row per person, rather than every status of everyone.
   */
  java.util.Map<Long, OrganisationStandings.Print> prints() {
    Map<Long, OrganisationStandings.Print> prints = new java.util.HashMap<>();
    jdbc.sql("select person_id, count(*), sum(version) from assessment group by person_id")
        .query(
            rs -> {
              prints.put(
                  rs.getLong(1), new OrganisationStandings.Print(rs.getLong(2), rs.getLong(3)));
            });
    return prints;
  }

  List<Assessments.Views> findViews(List<String> criterionIds) {
    return jdbc.sql(
            "select person_id, criterion_id, self_status, manager_status, agreed_status"
                + " from assessment where criterion_id in (:ids)")
        .param("ids", criterionIds)
        .query(
            (rs, n) ->
                new Assessments.Views(
                    rs.getLong(1),
                    rs.getString(2),
                    status(rs.getString(3)),
                    status(rs.getString(4)),
                    status(rs.getString(5))))
        .list();
  }

  public List<Long> findDemonstratedBy(String criterionId) {
    return jdbc.sql(
            "select distinct person_id from assessment where criterion_id = ? and agreed_status = ?")
        .params(criterionId, AssessmentStatus.DEMONSTRATED.name())
        .query(Long.class)
        .list();
  }

  /** An assessment moved to a criterion's new id, as the audit trail tells it. */
  record Carried(long personId, String criterionText) {}

  /**
   * Moves the assessments of criterion {@code from} to {@code to}, except a person's who already
   * assessed {@code to}: they keep that, and their old assessment stays as "changed since assessed"
   * rather than overwriting it.
   *
   * @return the assessments moved
   */
  List<Carried> carryOver(String framework, String from, String to) {
    List<Carried> carried =
        jdbc.sql(
                """
                select person_id, criterion_text from assessment a
                where framework = ? and criterion_id = ? and not exists (
                  select 1 from assessment b
                  where b.person_id = a.person_id and b.framework = a.framework
                    and b.criterion_id = ?)
                order by person_id
                """)
            .params(framework, from, to)
            .query((rs, row) -> new Carried(rs.getLong(1), rs.getString(2)))
            .list();
    jdbc.sql(
            """
            update assessment set criterion_id = ?, version = version + 1
            where framework = ? and criterion_id = ? and not exists (
              select 1 from assessment b
              where b.person_id = assessment.person_id and b.framework = assessment.framework
                and b.criterion_id = ?)
            """)
        .params(to, framework, from, to)
        .update();
    return carried;
  }

  public Optional<Assessment> find(long personId, String framework, String criterionId) {
    return jdbc.sql(
            "select * from assessment where person_id = ? and framework = ? and criterion_id = ?")
        .params(personId, framework, criterionId)
        .query(AssessmentRepository::assessment)
        .optional();
  }

  /**
   * Writes one view of an assessment if nobody has changed it since {@code expectedVersion}.
   *
   * @param expectedVersion the version the writer read; 0 for an assessment not yet made
   * @return whether it was written; {@code false} means someone else changed it first
   */
  public boolean write(
      long personId,
      String framework,
      String criterionId,
      String criterionText,
      AssessmentView view,
      AssessmentStatus status,
      String note,
      int expectedVersion,
      long actorId) {
    String column = view.name().toLowerCase(Locale.ROOT);
    int updated =
        jdbc.sql(
                ("update assessment set %1$s_status = ?, %1$s_note = ?, criterion_text = ?,"
                        + " version = version + 1, updated_at = current_timestamp, updated_by = ?"
                        + " where person_id = ? and framework = ? and criterion_id = ? and version = ?")
                    .formatted(column))
            .params(
                status == null ? null : status.name(),
                note,
                criterionText,
                actorId,
                personId,
                framework,
                criterionId,
                expectedVersion)
            .update();
    if (updated == 1) {
      return true;
    }
    if (expectedVersion != 0 || find(personId, framework, criterionId).isPresent()) {
      return false;
    }
    try {
      jdbc.sql(
              ("insert into assessment (person_id, framework, criterion_id, criterion_text, %1$s_status,"
                      + " %1$s_note, version, updated_by) values (?, ?, ?, ?, ?, ?, 1, ?)")
                  .formatted(column))
          .params(
              personId,
              framework,
              criterionId,
              criterionText,
              status == null ? null : status.name(),
              note,
              actorId)
          .update();
      return true;
    } catch (DuplicateKeyException someoneElseFirst) {
      // Another writer inserted it between our look and our insert. On PostgreSQL the
      // transaction is now unusable, so the caller must not read again within it.
      return false;
    }
  }

  private static Assessment assessment(ResultSet rs, int row) throws SQLException {
    return new Assessment(
        rs.getLong("person_id"),
        rs.getString("framework"),
        rs.getString("criterion_id"),
        rs.getString("criterion_text"),
        status(rs.getString("self_status")),
        rs.getString("self_note"),
        status(rs.getString("manager_status")),
        rs.getString("manager_note"),
        status(rs.getString("agreed_status")),
        rs.getString("agreed_note"),
        rs.getInt("version"));
  }

  private static AssessmentStatus status(String value) {
    return value == null ? null : AssessmentStatus.valueOf(value);
  }
}
