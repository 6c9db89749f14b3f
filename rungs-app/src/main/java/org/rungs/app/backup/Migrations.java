package org.rungs.app.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** The schema versions Rungs' migrations know, and the one a database is at. */
final class Migrations {
  private Migrations() {}

  private static final String HISTORY = "flyway_schema_history";

  static boolean isH2(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
  }

  /** The version of the last migration applied to the database, or null for no Rungs schema. */
  static String schemaVersion(Connection connection) throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(null, connection.getSchema(), HISTORY, null)) {
      if (!tables.next()) {
        return null;
      }
    }
    MigrationVersion newest = null;
    try (Statement statement = connection.createStatement();
        ResultSet versions =
            statement.executeQuery(
                "select version from " + HISTORY + " where success and version is not null")) {
      while (versions.next()) {
        MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
        if (newest == null || version.compareTo(newest) > 0) {
          newest = version;
        }
      }
    }
    return newest == null ? null : newest.getVersion();
  }

  /** Rungs' migrations on {@code source}, up to {@code target} (null: all of them). */
  static Flyway flyway(DataSource source, String target) {
    var configuration =
        Flyway.configure()
            .dataSource(source)
            .locations("classpath:db/migration")
            // Only a restore cleans, into an empty database or when told to with --force.
            .cleanDisabled(false);
    if (target != null) {
      configuration.target(MigrationVersion.fromVersion(target));
    }
    return configuration.load();
  }

  /** The newest schema version this build of Rungs can migrate to. */
  static MigrationVersion newest(DataSource source) {
    return Arrays.stream(flyway(source, null).info().all())
        .map(MigrationInfo::getVersion)
        .filter(version -> version != null)
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }
}
