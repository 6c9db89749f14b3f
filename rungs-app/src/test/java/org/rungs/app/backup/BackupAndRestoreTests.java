package org.rungs.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.system.DatabaseOptions;
import org.rungs.app.testing.CommandRun;
import org.rungs.app.testing.TestDatabases;

/** {@code rungs backup} and {@code rungs restore} between the embedded database and PostgreSQL. */
class BackupAndRestoreTests {

  @TempDir Path folder;

  private static void succeeds(CommandRun run) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  private String postgres() {
    return TestDatabases.postgres() + "?user=" + TestDatabases.user();
  }

  @Test
  void anH2BackupRestoredIntoPostgresqlAndBackGivesEveryRowOfEveryTable() throws Exception {
    String h2 = folder.resolve("h2").toString();
    String copy = folder.resolve("h2-again").toString();
    String pg = postgres();
    String first = folder.resolve("first.zip").toString();
    String second = folder.resolve("second.zip").toString();
    String third = folder.resolve("third.zip").toString();
    succeeds(CommandRun.of("demo", "--people", "40", "--data", h2));

    CommandRun backup = CommandRun.of("backup", "--out", first, "--data", h2);
    succeeds(backup);
    CommandRun restore = CommandRun.of("restore", first, "--db-url", pg);
    succeeds(restore);
    succeeds(CommandRun.of("backup", "--out", second, "--db-url", pg));
    succeeds(CommandRun.of("restore", second, "--data", copy));
    succeeds(CommandRun.of("backup", "--out", third, "--data", copy));

    Map<String, List<String>> rows = rows(first);
    assertThat(rows.keySet())
        .contains(
            "person", "assessment", "evidence", "evidence_criterion", "check_in", "audit_event")
        .doesNotContain("flyway_schema_history", "person_session");
    // 40 people and the demo's admin.
    assertThat(rows.get("person")).hasSize(41);
    assertThat(rows.get("assessment")).isNotEmpty();
    assertThat(rows(second)).isEqualTo(rows);
    assertThat(rows(third)).isEqualTo(rows);
    assertThat(backup.out()).startsWith("Backed up ");
    assertThat(backup.err()).contains("rungs backup: person: 41 rows");
    assertThat(restore.err()).contains("rungs restore: person: 41 rows");
  }

  @Test
  void newRowsAfterARestoreGetIdsAfterTheRestoredOnes() throws Exception {
    String h2 = folder.resolve("h2").toString();
    String pg = postgres();
    String file = folder.resolve("backup.zip").toString();
    succeeds(CommandRun.of("demo", "--people", "5", "--data", h2));
    succeeds(CommandRun.of("backup", "--out", file, "--data", h2));
    succeeds(CommandRun.of("restore", file, "--db-url", pg));
    succeeds(CommandRun.of("restore", file, "--data", folder.resolve("other").toString()));

    for (String url : List.of(pg, DatabaseOptions.embeddedUrl(folder.resolve("other")))) {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        statement.execute(
            "insert into person (email, name) values ('new@example.com', 'New Person')");
        ResultSet ids =
            statement.executeQuery(
                "select (select id from person where email = 'new@example.com'),"
                    + " (select max(id) from person where email <> 'new@example.com')");
        ids.next();
        assertThat(ids.getLong(1)).as(url).isGreaterThan(ids.getLong(2));
      }
    }
  }

  @Test
  void aDatabaseWithRowsIsRefusedUnlessForced() throws Exception {
    String h2 = folder.resolve("h2").toString();
    String file = folder.resolve("backup.zip").toString();
    succeeds(CommandRun.of("demo", "--people", "5", "--data", h2));
    succeeds(CommandRun.of("backup", "--out", file, "--data", h2));
    try (Connection connection =
            DriverManager.getConnection(DatabaseOptions.embeddedUrl(Path.of(h2)));
        Statement statement = connection.createStatement()) {
      statement.execute("insert into person (email, name) values ('late@example.com', 'Late')");
    }

    CommandRun refused = CommandRun.of("restore", file, "--data", h2);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("the database is not empty").contains("--force");
    assertThat(count(h2, "person")).isEqualTo(7);

    succeeds(CommandRun.of("restore", file, "--data", h2, "--force"));
    assertThat(count(h2, "person")).isEqualTo(6);
  }

  @Test
  void aFileThatIsNotABackupIsRefused() throws IOException {
    Path file = folder.resolve("not-a-backup.zip");
    try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }

    CommandRun run =
        CommandRun.of("restore", file.toString(), "--data", folder.resolve("h2").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("not a Rungs backup");
  }

  private static long count(String data, String table) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(DatabaseOptions.embeddedUrl(Path.of(data)));
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Every table's rows as written in the file, sorted (databases sort text differently). */
  private static Map<String, List<String>> rows(String file) throws IOException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file)) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith("tables/")) {
          String text =
              new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          List<String> lines = new ArrayList<>(text.lines().toList());
          Collections.sort(lines);
          tables.put(name.substring("tables/".length(), name.length() - ".jsonl".length()), lines);
        }
      }
    }
    return tables;
  }
}
