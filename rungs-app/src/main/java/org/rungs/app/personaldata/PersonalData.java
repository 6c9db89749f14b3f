package org.rungs.app.personaldata;

import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One feature's part of what Rungs holds about a person: which of its tables point at a person,
 * what it gives in that person's export, and what it does when they are erased. Every feature that
 * adds a table with a column pointing at a person (see {@code docs/privacy.md} for the rule) adds
 * that table to its contribution's {@link #tables()}; a test walks the schema and fails otherwise.
 *
 * <pre>{@code
 * @Component
 * class EvidencePersonalData implements PersonalData {
 *   public String name() { return "evidence"; }
 *   public List<PersonColumns> tables() { return List.of(new PersonColumns("evidence", "person_id", "created_by")); }
 *   public Map<String, List<Map<String, Object>>> export(long personId) { ... }
 *   public void erase(Erasure erasure) { ... }
 * }
 * }</pre>
 *
 * <p>Implementations are Spring beans in the feature that owns the tables and touch only those
 * tables. {@link #erase} runs inside the erasure's transaction, with every other contribution.
 */
public interface PersonalData {

  /** The part's name, a folder-like word used as its key in the export: {@code "evidence"}. */
  String name();

  /** The tables this part covers, each with its columns that point at a person. */
  List<PersonColumns> tables();

  /**
   * Everything this part holds about the person, by section (e.g. {@code "check-ins"}), each a list
   * of rows of plain JSON values ({@link #plain}). Never secrets such as password or token digests.
   */
  Map<String, List<Map<String, Object>>> export(long personId);

  /**
   * Removes or replaces the person's personal data held by this part, following the rules in {@code
   * docs/privacy.md}: what is about them goes; what they did to others' records stays, pointing at
   * their anonymised person row.
   */
  void erase(Erasure erasure);

  /** A table and its columns that point at a person. */
  record PersonColumns(String table, List<String> columns) {
    public PersonColumns(String table, String... columns) {
      this(table, List.of(columns));
    }

    public PersonColumns {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException(
            "name the columns of " + table + " that point at a person");
      }
      columns = List.copyOf(columns);
    }
  }

  /** The rows a query gives, as {@link #plain} values: the shape of every part's export. */
  static List<Map<String, Object>> rows(JdbcClient jdbc, String sql, Object... parameters) {
    return plain(jdbc.sql(sql).params(parameters).query().listOfRows());
  }

  /**
   * Rows as read by JDBC, with dates and times as ISO-8601 text, so that every database gives the
   * same JSON.
   */
  static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
    return rows.stream().map(PersonalData::plain).toList();
  }

  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> plain = new LinkedHashMap<>();
    row.forEach(
        (column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT), json(value)));
    return plain;
  }

  private static Object json(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    return value instanceof TemporalAccessor ? value.toString() : value;
  }
}
