package org.rungs.app.system;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one insert statement, sent {@value #BATCH} at a time as a JDBC batch of statements that
 * insert {@value #ROWS_PER_STATEMENT} rows each: many fewer statements to execute, which makes
 * PostgreSQL several times faster and H2 faster too.
 *
 * <p>Each feature that offers bulk writes (the demo's) builds its batches from it over its own
 * tables. Not thread-safe: one batch per writer.
 */
public final class InsertBatch {
  private static final int BATCH = 1000;
  private static final int ROWS_PER_STATEMENT = 50;

  private final JdbcTemplate jdbc;
  private final String sql;
  private final String manyRowsSql;
  private final int[] types;
  private final List<Object[]> rows = new ArrayList<>(BATCH);
  private InsertBatch parent;

  /**
   * @param sql an insert of one row, {@code insert into t (a, b) values (?, ?)}
   * @param types the SQL type of each parameter, for nulls
   */
  public InsertBatch(JdbcTemplate jdbc, String sql, int... types) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.types = types;
    int values = sql.lastIndexOf(" values ");
    String row = sql.substring(values + " values ".length());
    this.manyRowsSql =
        sql.substring(0, values)
            + " values "
            + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, row));
  }

  /** Makes {@code parent}'s rows, which these rows refer to, go first. */
  public InsertBatch after(InsertBatch parent) {
    this.parent = parent;
    return this;
  }

  public void add(Object... row) {
    rows.add(row);
    if (rows.size() == BATCH) {
      flush();
    }
  }

  public void flush() {
    if (rows.isEmpty()) {
      return;
    }
    if (parent != null) {
      parent.flush();
    }
    int whole = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
    List<Object[]> statements = new ArrayList<>();
    for (int first = 0; first < whole; first += ROWS_PER_STATEMENT) {
      Object[] values = new Object[ROWS_PER_STATEMENT * types.length];
      for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
        System.arraycopy(rows.get(first + i), 0, values, i * types.length, types.length);
      }
      statements.add(values);
    }
    if (!statements.isEmpty()) {
      jdbc.batchUpdate(manyRowsSql, statements, statements.size(), this::set);
    }
    List<Object[]> rest = rows.subList(whole, rows.size());
    if (!rest.isEmpty()) {
      jdbc.batchUpdate(sql, rest, rest.size(), this::set);
    }
    rows.clear();
  }

  private void set(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        statement.setNull(i + 1, types[i % types.length]);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }

  /**
   * Makes {@code table}'s identity column go on after the largest id in it, once rows were written
   * with ids their writer gave.
   */
  public static void continueIdentity(JdbcTemplate jdbc, String table) {
    Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
    jdbc.execute(
        "alter table " + table + " alter column id restart with " + ((max == null ? 0 : max) + 1));
  }
}
