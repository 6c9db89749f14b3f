package org.rungs.app.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table into one ZIP file: a JSON-lines file per table (one array of column values per
 * row, in primary-key order) and a manifest. All tables are read in one read-only snapshot
 * transaction, so a backup taken while the server runs is consistent: it shows the database as it
 * was at one moment, with every committed write before it and none after.
 */
final class Backup {
  private Backup() {}

  static Manifest write(DataSource source, Path out, Consumer<String> progress)
      throws SQLException, IOException {
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (Connection connection = source.getConnection()) {
      snapshot(connection);
      String schemaVersion = Migrations.schemaVersion(connection);
      if (schemaVersion == null) {
        throw new IllegalStateException("there is no Rungs database there (no schema history)");
      }
      List<Manifest.Entry> entries = new ArrayList<>();
      try (OutputStream file = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(file)) {
        for (Table table : Schema.tables(connection)) {
          zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
          long rows = copy(connection, table, zip);
          zip.closeEntry();
          entries.add(
              new Manifest.Entry(
                  table.name(), table.columns().stream().map(Table.Column::name).toList(), rows));
          progress.accept(table.name() + ": " + rows + " rows");
        }
        Manifest manifest =
            new Manifest(
                Manifest.FORMAT,
                schemaVersion,
                Instant.now().toString(),
                connection.getMetaData().getDatabaseProductName(),
                entries);
        zip.putNextEntry(new ZipEntry(Manifest.FILE));
        zip.write(JsonMapper.shared().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        connection.rollback();
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return manifest;
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * One read-only transaction that sees the database as of its start: REPEATABLE READ is a snapshot
   * on PostgreSQL; H2 has a SNAPSHOT level of its own.
   */
  private static void snapshot(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    if (Migrations.isH2(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("set session characteristics as transaction isolation level snapshot");
      }
    } else {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
    }
  }

  private static long copy(Connection connection, Table table, OutputStream out)
      throws SQLException, IOException {
    List<Table.Column> columns = table.columns();
    List<ColumnKind> kinds = columns.stream().map(Table.Column::kind).toList();
    String quote = connection.getMetaData().getIdentifierQuoteString();
    List<String> order = table.primaryKey().isEmpty() ? names(columns) : table.primaryKey();
    String sql =
        "select "
            + String.join(", ", names(columns).stream().map(name -> quote + name + quote).toList())
            + " from "
            + quote
            + table.name()
            + quote
            + " order by "
            + String.join(", ", order.stream().map(name -> quote + name + quote).toList());
    long rows = 0;
    try (Statement statement = connection.createStatement()) {
      // PostgreSQL streams rows in a transaction with a fetch size instead of loading them all.
      statement.setFetchSize(1000);
      try (ResultSet result = statement.executeQuery(sql)) {
        String[] values = new String[columns.size()];
        while (result.next()) {
          for (int i = 0; i < values.length; i++) {
            values[i] = kinds.get(i).read(result, i + 1);
          }
          out.write(JsonMapper.shared().writeValueAsBytes(values));
          out.write('\n');
          rows++;
        }
      }
    }
    return rows;
  }

  private static List<String> names(List<Table.Column> columns) {
    return columns.stream().map(Table.Column::name).toList();
  }
}
