package org.rungs.app.backup;

import java.util.List;

/**
 * The first thing in a backup file: what made it, the schema version its rows fit, and every table
 * with its columns and row count (checked again after a restore), in loading order.
 */
record Manifest(
    String format, String schemaVersion, String madeAt, String madeFrom, List<Entry> tables) {

  static final String FORMAT = "rungs-backup-1";
  static final String FILE = "manifest.json";

  record Entry(String name, List<String> columns, long rows) {
    String file() {
      return "tables/" + name + ".jsonl";
    }
  }
}
