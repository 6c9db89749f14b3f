package org.rungs.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a backup into a database: creates the schema at the backup's version, loads every table in
 * one transaction (parents first; columns that point into their own table in a second pass), checks
 * the row counts against the manifest, moves identity columns past the highest id, and then
 * upgrades the schema to this build's newest version. A database that holds any rows is refused
 * unless told to replace it.
 */
final class Restore {

  /** Why a restore did not start; the database is as it was. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private static final int BATCH = 500;

  private final DataSource source;
  private final Consumer<String> progress;

  Restore(DataSource source, Consumer<String> progress) {
    this.source = source;
    this.progress = progress;
  }

  Manifest run(Path file, boolean force) throws Refused, SQLException, IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Manifest manifest = manifest(zip);
      MigrationVersion newest = Migrations.newest(source);
      if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(newest) > 0) {
        throw new Refused(
            "the backup was made by a newer Rungs (schema "
                + manifest.schemaVersion()
                + "); this one knows schemas up to "
                + newest.getVersion());
      }
      prepare(manifest, force);
      load(zip, manifest);
      var upgraded = Migrations.flyway(source, null).migrate();
      if (upgraded.migrationsExecuted > 0) {
        progress.accept(
            "upgraded the schema from "
                + manifest.schemaVersion()
                + " to "
                + upgraded.targetSchemaVersion);
      }
      return manifest;
    }
  }

  private static Manifest manifest(ZipFile zip) throws Refused, IOException {
    ZipEntry entry = zip.getEntry(Manifest.FILE);
    if (entry == null) {
      throw new Refused("not a Rungs backup: it has no " + Manifest.FILE);
    }
    Manifest manifest =
        JsonMapper.shared().readValue(zip.getInputStream(entry).readAllBytes(), Manifest.class);
    if (!Manifest.FORMAT.equals(manifest.format())) {
      throw new Refused("not a backup this Rungs can read: format " + manifest.format());
    }
    return manifest;
  }

  /** An empty schema at the backup's version: refuses rows unless forced, then starts afresh. */
  private void prepare(Manifest manifest, boolean force) throws Refused, SQLException {
    String current;
    try (Connection connection = source.getConnection()) {
      current = Migrations.schemaVersion(connection);
      if (current != null && !force) {
        for (Table table : Schema.tables(connection)) {
          if (count(connection, table.name()) > 0) {
            throw new Refused(
                "the database is not empty (table "
                    + table.name()
                    + " has rows): restore into an empty one, or add --force to replace everything"
                    + " in it");
          }
        }
      }
    }
    if (current != null && (force || !current.equals(manifest.schemaVersion()))) {
      progress.accept("emptying the database");
      Migrations.flyway(source, null).clean();
    }
    Migrations.flyway(source, manifest.schemaVersion()).migrate();
  }

  private void load(ZipFile zip, Manifest manifest) throws Refused, SQLException, IOException {
    try (Connection connection = source.getConnection()) {
      connection.setAutoCommit(false);
      Map<String, Table> tables = new HashMap<>();
      for (Table table : Schema.tables(connection)) {
        tables.put(table.name(), table);
      }
      String quote = connection.getMetaData().getIdentifierQuoteString();
      for (Manifest.Entry entry : manifest.tables()) {
        Table table = tables.get(entry.name());
        if (table == null) {
          throw new Refused("the backup has a table this schema does not: " + entry.name());
        }
        long rows = loadTable(connection, zip, entry, table, quote);
        if (rows != entry.rows()) {
          throw new Refused(
              entry.name() + ": the manifest says " + entry.rows() + " rows, the file has " + rows);
        }
        progress.accept(entry.name() + ": " + rows + " rows");
      }
      for (Table table : tables.values()) {
        for (Table.Column column : table.columns()) {
          if (column.identity()) {
            restartAfterHighest(connection, table.name(), column.name(), quote);
          }
        }
      }
      connection.commit();
    }
  }

  private static long loadTable(
      Connection connection, ZipFile zip, Manifest.Entry entry, Table table, String quote)
      throws Refused, SQLException, IOException {
    List<Table.Column> columns = new ArrayList<>();
    for (String name : entry.columns()) {
      Table.Column column = table.column(name);
      if (column == null) {
        throw new Refused(
            "the backup has a column this schema does not: " + entry.name() + "." + name);
      }
      columns.add(column);
    }
    List<ColumnKind> kinds = columns.stream().map(Table.Column::kind).toList();
    List<Integer> later = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (table.selfReferences().contains(columns.get(i).name())) {
        later.add(i);
      }
    }
    String insert =
        "insert into "
            + quote
            + table.name()
            + quote
            + " ("
            + String.join(", ", columns.stream().map(c -> quote + c.name() + quote).toList())
            + ") values ("
            + String.join(", ", columns.stream().map(c -> "?").toList())
            + ")";
    List<String[]> secondPass = new ArrayList<>();
    long rows = 0;
    ZipEntry file = zip.getEntry(entry.file());
    if (file == null) {
      throw new Refused("the backup has no rows file for " + entry.name());
    }
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(zip.getInputStream(file), StandardCharsets.UTF_8));
        PreparedStatement statement = connection.prepareStatement(insert)) {
      String line;
      while ((line = lines.readLine()) != null) {
        String[] values = JsonMapper.shared().readValue(line, String[].class);
        for (int i = 0; i < columns.size(); i++) {
          String value = later.contains(i) ? null : values[i];
          kinds.get(i).bind(statement, i + 1, columns.get(i).jdbcType(), value);
        }
        statement.addBatch();
        if (!later.isEmpty()) {
          secondPass.add(values);
        }
        if (++rows % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
    if (!later.isEmpty()) {
      pointIntoItself(connection, table, columns, later, secondPass, quote);
    }
    return rows;
  }

  /** The second pass: now that every row is there, columns that point to other rows of it. */
  private static void pointIntoItself(
      Connection connection,
      Table table,
      List<Table.Column> columns,
      List<Integer> later,
      List<String[]> rows,
      String quote)
      throws Refused, SQLException {
    if (table.primaryKey().isEmpty()) {
      throw new Refused(table.name() + " refers to itself but has no primary key");
    }
    List<Integer> key = new ArrayList<>();
    for (String name : table.primaryKey()) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().equalsIgnoreCase(name)) {
          key.add(i);
        }
      }
    }
    String update =
        "update "
            + quote
            + table.name()
            + quote
            + " set "
            + String.join(
                ", ",
                later.stream().map(i -> quote + columns.get(i).name() + quote + " = ?").toList())
            + " where "
            + String.join(
                " and ",
                key.stream().map(i -> quote + columns.get(i).name() + quote + " = ?").toList());
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      int batched = 0;
      for (String[] values : rows) {
        boolean any = later.stream().anyMatch(i -> values[i] != null);
        if (!any) {
          continue;
        }
        int parameter = 1;
        for (int i : later) {
          columns.get(i).kind().bind(statement, parameter++, columns.get(i).jdbcType(), values[i]);
        }
        for (int i : key) {
          columns.get(i).kind().bind(statement, parameter++, columns.get(i).jdbcType(), values[i]);
        }
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  /** New rows get ids after the restored ones, as they would have in the original database. */
  private static void restartAfterHighest(
      Connection connection, String table, String column, String quote) throws SQLException {
    long highest;
    try (Statement statement = connection.createStatement();
        ResultSet max =
            statement.executeQuery(
                "select coalesce(max("
                    + quote
                    + column
                    + quote
                    + "), 0) from "
                    + quote
                    + table
                    + quote)) {
      max.next();
      highest = max.getLong(1);
    }
    try (Statement statement = connection.createStatement()) {
      if (Migrations.isH2(connection)) {
        statement.execute(
            "alter table "
                + quote
                + table
                + quote
                + " alter column "
                + quote
                + column
                + quote
                + " restart with "
                + (highest + 1));
      } else {
        // setval(…, 1, false): the next id is 1 for an empty table.
        statement.execute(
            "select setval(pg_get_serial_sequence('"
                + quote
                + table
                + quote
                + "', '"
                + column
                + "'), "
                + Math.max(highest, 1)
                + ", "
                + (highest > 0)
                + ")");
      }
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + quote + table + quote)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
