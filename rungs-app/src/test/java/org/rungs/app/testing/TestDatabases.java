package org.rungs.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases persistence tests run against: a fresh in-memory H2 per test class, and a fresh
 * database in the PostgreSQL server named by {@code RUNGS_TEST_POSTGRES_URL} (which {@code .ci/run}
 * starts). Without that variable the PostgreSQL tests are skipped locally and fail on CI.
 */
public final class TestDatabases {
  private TestDatabases() {}

  public static String h2() {
    return "jdbc:h2:mem:"
        + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** A new, empty PostgreSQL database; its URL. */
  public static String postgres() {
    String server = System.getenv("RUNGS_TEST_POSTGRES_URL");
    if (server == null || server.isBlank()) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(
            "RUNGS_TEST_POSTGRES_URL is not set: .ci/run starts PostgreSQL and sets it for the tests");
      }
      Assumptions.abort("PostgreSQL tests need RUNGS_TEST_POSTGRES_URL (see .ci/run)");
    }
    String name = "rungs_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(server, user(), "")) {
      admin.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + server, e);
    }
    int slash = server.lastIndexOf('/');
    int query = server.indexOf('?', slash);
    return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
  }

  public static String user() {
    String user = System.getenv("RUNGS_TEST_POSTGRES_USER");
    return user == null ? "postgres" : user;
  }
}
