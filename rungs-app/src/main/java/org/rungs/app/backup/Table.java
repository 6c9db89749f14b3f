package org.rungs.app.backup;

import java.util.List;
import java.util.Set;

/**
 * A table as its database describes it: columns in order, its primary key, and the columns that
 * point into the table itself (loaded in a second pass, so rows may come in any order).
 */
record Table(
    String name, List<Column> columns, List<String> primaryKey, Set<String> selfReferences) {

  Column column(String name) {
    for (Column column : columns) {
      if (column.name().equalsIgnoreCase(name)) {
        return column;
      }
    }
    return null;
  }

  /** A column: its JDBC type (how its values are written down), and whether it numbers rows. */
  record Column(String name, int jdbcType, String typeName, boolean identity) {
    ColumnKind kind() {
      return ColumnKind.of(jdbcType, typeName);
    }
  }
}
