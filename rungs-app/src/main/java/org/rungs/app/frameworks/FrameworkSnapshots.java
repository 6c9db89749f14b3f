package org.rungs.app.frameworks;

import java.util.List;
import java.util.Optional;
import org.rungs.framework.CriterionId;
import org.rungs.progression.CriterionMatching.Place;
import org.rungs.progression.CriterionMatching.Placed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The criteria of each framework as Rungs last saw them, and a fingerprint to notice a change. */
@Repository
class FrameworkSnapshots {

  private final JdbcClient jdbc;

  FrameworkSnapshots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The fingerprint of the framework's last snapshot, locking it until the transaction ends so two
   * servers do not carry the same change over twice.
   */
  Optional<String> lockFingerprint(String framework) {
    return jdbc.sql("select fingerprint from framework_snapshot where framework = ? for update")
        .param(framework)
        .query(String.class)
        .optional();
  }

  List<Placed> criteria(String framework) {
    return jdbc.sql(
            "select criterion_id, topic, level, text from framework_criterion"
                + " where framework = ? order by position")
        .param(framework)
        .query(
            (rs, row) ->
                new Placed(
                    new CriterionId(rs.getString(1)),
                    new Place(rs.getString(2), rs.getInt(3)),
                    rs.getString(4)))
        .list();
  }

  /** Replaces the framework's snapshot with these criteria. */
  void save(String framework, String fingerprint, List<Placed> criteria, boolean exists) {
    if (exists) {
      jdbc.sql(
              "update framework_snapshot set fingerprint = ?, seen_at = current_timestamp"
                  + " where framework = ?")
          .params(fingerprint, framework)
          .update();
      jdbc.sql("delete from framework_criterion where framework = ?").param(framework).update();
    } else {
      jdbc.sql("insert into framework_snapshot (framework, fingerprint) values (?, ?)")
          .params(framework, fingerprint)
          .update();
    }
    int position = 0;
    for (Placed criterion : criteria) {
      jdbc.sql(
              "insert into framework_criterion (framework, position, criterion_id, topic, level, text)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(
              framework,
              position++,
              criterion.id().value(),
              criterion.place().topic(),
              criterion.place().level(),
              criterion.text())
          .update();
    }
  }
}
