package org.rungs.app.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The tables the demo fills, seen as a whole: their identity columns, and undoing a failed run. */
final class DemoTables {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  DemoTables(JdbcTemplate jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** Makes {@code table}'s identity column go on after the ids the demo gave. */
  void restartIdentity(String table) {
    Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
    jdbc.execute(
        "alter table " + table + " alter column id restart with " + ((max == null ? 0 : max) + 1));
  }

  /**
   * Takes out what a failed run wrote, so that the database is empty again: the demo's people have
   * ids 1 to {@code count}, and everything else it wrote hangs off them.
   */
  void removePartial(int count) {
    transactions.executeWithoutResult(
        status -> {
          for (String delete :
              List.of(
                  "delete from check_in_focus where check_in_id in"
                      + " (select id from check_in where person_id <= ?)",
                  "delete from check_in where person_id <= ?",
                  "delete from evidence_criterion where evidence_id in"
                      + " (select id from evidence where person_id <= ?)",
                  "delete from evidence where person_id <= ?",
                  "delete from assessment where person_id <= ?",
                  "delete from person_badge where person_id <= ?",
                  "delete from api_token where person_id <= ?",
                  "update person set manager_id = null where id <= ?",
                  "delete from person where id <= ?")) {
            jdbc.update(delete, (long) count);
          }
          jdbc.update(
              "delete from api_token where person_id in"
                  + " (select id from person where email = ?)",
              DemoOrganisation.ADMIN_EMAIL);
          jdbc.update("delete from person where email = ?", DemoOrganisation.ADMIN_EMAIL);
        });
  }
}
