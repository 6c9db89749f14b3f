package org.rungs.app.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers, within a bound. The pool waits up to 30 s for a connection
 * when the database is away, far longer than a load balancer waits for a health check, so the
 * question is asked on a thread of its own and given up on after {@code timeout}.
 *
 * <p>Thread-safe; each call asks afresh.
 */
final class DatabaseProbe {

  private static final Executor OWN_THREAD =
      task -> {
        Thread thread = new Thread(task, "rungs-database-probe");
        thread.setDaemon(true);
        thread.start();
      };

  private final DataSource dataSource;
  private final Duration timeout;

  DatabaseProbe(DataSource dataSource, Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  /** Empty when the database answers; otherwise what went wrong, in one line without secrets. */
  Optional<String> failure() {
    CompletableFuture<Optional<String>> answer =
        CompletableFuture.supplyAsync(this::ask, OWN_THREAD);
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      return Optional.of("no answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException failed) {
      return Optional.of(failed.getCause().getClass().getSimpleName());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  private Optional<String> ask() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) Math.max(1, timeout.toSeconds()))
          ? Optional.empty()
          : Optional.of("the connection is not valid");
    } catch (SQLException unreachable) {
      // The driver's message says what failed (refused, unknown host, bad password) and never
      // carries the password itself.
      return Optional.of("unreachable: " + firstLine(unreachable.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
