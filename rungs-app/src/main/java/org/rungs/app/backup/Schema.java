package org.rungs.app.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the connected database, read from its metadata, in an order that loads every table
 * after the tables it refers to. Nothing here names a Rungs table: tables that features add later
 * are backed up and restored without a change.
 */
final class Schema {
  private Schema() {}

  /**
   * Left out of every backup: Flyway's own history (the manifest carries the schema version
   * instead) and the session tables (a restore signs everyone out rather than bringing back old
   * sign-ins).
   */
  static final Set<String> LEFT_OUT =
      Set.of(
          "flyway_schema_history", "person_session", "spring_session", "spring_session_attributes");

  static List<Table> tables(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Set<String> names = new TreeSet<>();
    try (ResultSet rows = meta.getTables(null, schema, "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        String name = rows.getString("TABLE_NAME");
        // H2 says BASE TABLE where PostgreSQL says TABLE.
        if (("TABLE".equals(type) || "BASE TABLE".equals(type))
            && !LEFT_OUT.contains(name.toLowerCase(Locale.ROOT))) {
          names.add(name);
        }
      }
    }
    Map<String, Table> tables = new TreeMap<>();
    Map<String, Set<String>> parents = new TreeMap<>();
    for (String name : names) {
      Set<String> selfReferences = new LinkedHashSet<>();
      Set<String> refersTo = new TreeSet<>();
      try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
        while (keys.next()) {
          String parent = keys.getString("PKTABLE_NAME");
          if (parent.equals(name)) {
            selfReferences.add(keys.getString("FKCOLUMN_NAME"));
          } else if (names.contains(parent)) {
            refersTo.add(parent);
          }
        }
      }
      parents.put(name, refersTo);
      tables.put(
          name,
          new Table(
              name, columns(meta, schema, name), primaryKey(meta, schema, name), selfReferences));
    }
    return inLoadingOrder(tables, parents);
  }

  private static List<Table.Column> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    TreeMap<Integer, Table.Column> columns = new TreeMap<>();
    try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
      while (rows.next()) {
        columns.put(
            rows.getInt("ORDINAL_POSITION"),
            new Table.Column(
                rows.getString("COLUMN_NAME"),
                rows.getInt("DATA_TYPE"),
                rows.getString("TYPE_NAME"),
                "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
      }
    }
    return List.copyOf(columns.values());
  }

  private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    TreeMap<Integer, String> key = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(key.values());
  }

  /** Parents before children; tables that refer to each other in a circle cannot be ordered. */
  private static List<Table> inLoadingOrder(
      Map<String, Table> tables, Map<String, Set<String>> parents) {
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progress = false;
      for (String name : tables.keySet()) {
        if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
          placed.add(name);
          ordered.add(tables.get(name));
          progress = true;
        }
      }
      if (!progress) {
        Set<String> left = new TreeSet<>(tables.keySet());
        left.removeAll(placed);
        throw new IllegalStateException("these tables refer to each other in a circle: " + left);
      }
    }
    return ordered;
  }
}
