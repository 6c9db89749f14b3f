package org.rungs.app.checkins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.progression.CheckInRules;
import org.rungs.progression.CheckInStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Check-ins in the database; state changes are guarded by the version read. */
@Repository
class CheckInRepository {

  private final JdbcClient jdbc;

  CheckInRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long start(long personId, String framework, long startedBy) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into check_in (person_id, framework, state, started_by) values (?, ?, ?, ?)")
        .params(personId, framework, CheckInStep.SELF_ASSESSMENT.name(), startedBy)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** A person's check-ins, newest first. */
  public List<CheckIn> findByPerson(long personId) {
    List<CheckIn> checkIns =
        jdbc.sql("select * from check_in where person_id = ? order by started_at desc, id desc")
            .param(personId)
            .query(CheckInRepository::checkIn)
            .list();
    if (checkIns.isEmpty()) {
      return checkIns;
    }
    Map<Long, List<String>> focus = new HashMap<>();
    jdbc.sql("select check_in_id, criterion_id from check_in_focus where check_in_id in (:ids)")
        .param("ids", checkIns.stream().map(CheckIn::id).toList())
        .query(
            rs -> {
              focus.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return checkIns.stream()
        .map(
            c ->
                new CheckIn(
                    c.id(),
                    c.personId(),
                    c.framework(),
                    c.state(),
                    c.startedBy(),
                    c.startedAt(),
                    c.agreedBy(),
                    c.agreedAt(),
                    c.targetLevel(),
                    c.summary(),
                    focus.getOrDefault(c.id(), List.of()),
                    c.version(),
                    c.confirmation(),
                    c.confirmationNote(),
                    c.confirmedAt()))
        .toList();
  }

  public Optional<CheckIn> find(long personId, long id) {
    return findByPerson(personId).stream().filter(c -> c.id() == id).findFirst();
  }

  /** Moves a check-in on a step, if it is still at {@code from} and {@code version}. */
  public boolean advance(long id, CheckInStep from, CheckInStep to, int version) {
    return jdbc.sql(
                "update check_in set state = ?, version = version + 1 where id = ? and state = ? and version = ?")
            .params(to.name(), id, from.name(), version)
            .update()
        == 1;
  }

  /** Records the agreement, if the check-in is still at the step's start and {@code version}. */
  public boolean agree(
      long id,
      CheckInRules.Allowed step,
      int version,
      long agreedBy,
      Integer targetLevel,
      String summary,
      List<String> focus) {
    int updated =
        jdbc.sql(
                "update check_in set state = ?, agreed_by = ?, agreed_at = ?, target_level = ?, summary = ?,"
                    + " version = version + 1 where id = ? and state = ? and version = ?")
            .params(
                step.to().name(),
                agreedBy,
                OffsetDateTime.now(),
                targetLevel,
                summary,
                id,
                step.from().name(),
                version)
            .update();
    if (updated != 1) {
      return false;
    }
    for (String criterion : focus) {
      jdbc.sql("insert into check_in_focus (check_in_id, criterion_id) values (?, ?)")
          .params(id, criterion)
          .update();
    }
    return true;
  }

  /** Keeps the statuses an agreement recorded with its check-in, for its page in the history. */
  void recordStatuses(long id, Map<String, org.rungs.progression.AssessmentStatus> statuses) {
    for (var status : statuses.entrySet()) {
      jdbc.sql("insert into check_in_status (check_in_id, criterion_id, status) values (?, ?, ?)")
          .params(id, status.getKey(), status.getValue().name())
          .update();
    }
  }

  /** The statuses check-in {@code id}'s agreement recorded, by criterion id. */
  Map<String, org.rungs.progression.AssessmentStatus> statuses(long id) {
    Map<String, org.rungs.progression.AssessmentStatus> statuses = new java.util.LinkedHashMap<>();
    jdbc.sql("select criterion_id, status from check_in_status where check_in_id = ?")
        .param(id)
        .query(
            rs -> {
              statuses.put(
                  rs.getString(1), org.rungs.progression.AssessmentStatus.valueOf(rs.getString(2)));
            });
    return statuses;
  }

  /**
   * Records the person's confirmation or dispute of an agreement, if nobody has answered it and it
   * is still at {@code version}.
   */
  public boolean confirm(long id, int version, CheckIn.Confirmation confirmation, String note) {
    return jdbc.sql(
                "update check_in set confirmation = ?, confirmation_note = ?, confirmed_at = ?,"
                    + " version = version + 1"
                    + " where id = ? and state = ? and confirmation is null and version = ?")
            .params(
                confirmation.name(),
                note,
                OffsetDateTime.now(),
                id,
                CheckInStep.AGREED.name(),
                version)
            .update()
        == 1;
  }

  /**
   * Moves the focus of check-ins in {@code framework} from criterion {@code from} to {@code to},
   * except where the check-in already focuses on {@code to}.
   */
  void carryOver(String framework, String from, String to) {
    jdbc.sql(
            """
            update check_in_focus set criterion_id = ?
            where criterion_id = ?
              and check_in_id in (select id from check_in where framework = ?)
              and not exists (
                select 1 from check_in_focus f
                where f.check_in_id = check_in_focus.check_in_id and f.criterion_id = ?)
            """)
        .params(to, from, framework, to)
        .update();
  }

  /** When each person last agreed a check-in, for the team page. */
  public Map<Long, OffsetDateTime> lastAgreed(List<Long> personIds) {
    Map<Long, OffsetDateTime> last = new HashMap<>();
    if (personIds.isEmpty()) {
      return last;
    }
    if (personIds.size() > 1000) {
      // A large organisation: one pass over everyone's, kept for these people, rather than an IN
      // list of thousands (slow on H2, and limited in size everywhere).
      java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
      jdbc.sql(
              "select person_id, max(agreed_at) from check_in where state = :agreed group by person_id")
          .param("agreed", CheckInStep.AGREED.name())
          .query(
              rs -> {
                if (wanted.contains(rs.getLong(1))) {
                  last.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
                }
              });
      return last;
    }
    jdbc.sql(
            "select person_id, max(agreed_at) from check_in where state = :agreed and person_id in (:ids) group by person_id")
        .param("agreed", CheckInStep.AGREED.name())
        .param("ids", personIds)
        .query(
            rs -> {
              last.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
            });
    return last;
  }

  /** Each person's latest agreed check-in: when, and the person's answer to it. */
  public Map<Long, CheckIns.LatestAgreement> latestAgreements(List<Long> personIds) {
    Map<Long, CheckIns.LatestAgreement> latest = new HashMap<>();
    if (personIds.isEmpty()) {
      return latest;
    }
    jdbc.sql(
            """
            select c.person_id, c.agreed_at, c.confirmation from check_in c
            where c.state = :agreed and c.person_id in (:ids)
              and c.agreed_at = (select max(l.agreed_at) from check_in l
                                 where l.person_id = c.person_id and l.state = :agreed)
            """)
        .param("agreed", CheckInStep.AGREED.name())
        .param("ids", personIds)
        .query(
            rs -> {
              String answer = rs.getString(3);
              latest.put(
                  rs.getLong(1),
                  new CheckIns.LatestAgreement(
                      rs.getObject(2, OffsetDateTime.class),
                      answer == null ? null : CheckIn.Confirmation.valueOf(answer)));
            });
    return latest;
  }

  /** People whose open check-in waits for their manager. */
  /** Everyone with a check-in in progress. */
  List<Long> openPeople() {
    return jdbc.sql("select person_id from check_in where state <> :agreed")
        .param("agreed", CheckInStep.AGREED.name())
        .query(Long.class)
        .list();
  }

  public Map<Long, CheckInStep> openStates(List<Long> personIds) {
    Map<Long, CheckInStep> open = new HashMap<>();
    if (personIds.isEmpty()) {
      return open;
    }
    jdbc.sql("select person_id, state from check_in where state <> :agreed and person_id in (:ids)")
        .param("agreed", CheckInStep.AGREED.name())
        .param("ids", personIds)
        .query(
            rs -> {
              open.put(rs.getLong(1), CheckInStep.valueOf(rs.getString(2)));
            });
    return open;
  }

  private static CheckIn checkIn(ResultSet rs, int row) throws SQLException {
    long startedBy = rs.getLong("started_by");
    boolean noStarter = rs.wasNull();
    long agreedBy = rs.getLong("agreed_by");
    boolean noAgreer = rs.wasNull();
    int target = rs.getInt("target_level");
    boolean noTarget = rs.wasNull();
    String confirmation = rs.getString("confirmation");
    return new CheckIn(
        rs.getLong("id"),
        rs.getLong("person_id"),
        rs.getString("framework"),
        CheckInStep.valueOf(rs.getString("state")),
        noStarter ? null : startedBy,
        rs.getObject("started_at", OffsetDateTime.class),
        noAgreer ? null : agreedBy,
        rs.getObject("agreed_at", OffsetDateTime.class),
        noTarget ? null : target,
        rs.getString("summary"),
        List.of(),
        rs.getInt("version"),
        confirmation == null ? null : CheckIn.Confirmation.valueOf(confirmation),
        rs.getString("confirmation_note"),
        rs.getObject("confirmed_at", OffsetDateTime.class));
  }

  /** Of these people, those whose latest agreed check-in they disputed. */
  public java.util.Set<Long> disputed(List<Long> personIds) {
    java.util.Set<Long> disputed = new java.util.HashSet<>();
    if (personIds.isEmpty()) {
      return disputed;
    }
    java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
    jdbc.sql(
            """
            select c.person_id from check_in c
            where c.state = :agreed and c.confirmation = 'DISPUTED'
              and c.agreed_at = (select max(d.agreed_at) from check_in d
                                 where d.person_id = c.person_id and d.state = :agreed)
            """)
        .param("agreed", CheckInStep.AGREED.name())
        .query(
            rs -> {
              // Disputes are few: everyone's are read, and these people's kept, with no IN list
              // of thousands.
              if (wanted.contains(rs.getLong(1))) {
                disputed.add(rs.getLong(1));
              }
            });
    return disputed;
  }
}
