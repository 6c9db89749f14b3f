package org.rungs.app.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Runs the schema migrations on a thread of their own while the rest of the application starts, and
 * lets nothing start (no web server, scheduled task or start-up runner) before they are done.
 *
 * <p>Spring Boot migrates before it creates any bean that uses the database, on the one thread that
 * creates every bean: on a fresh database that was a tenth of the time to the first page, with the
 * second core mostly idle. No bean reads or writes a table while it is being created (they are
 * created, then used), so only what runs after the beans exist needs to wait: the lifecycle phase
 * of this class comes before every other, so its {@link #start} waits for the migrations and, if
 * they failed, fails the start-up with Flyway's own exception, as before.
 *
 * <p>If the start fails for another reason while they run (a bean that refuses its settings), the
 * context is taken down with them half done: on H2, whose schema changes are not transactional,
 * that could leave a schema no later start can migrate. So this bean, destroyed before the data
 * source, waits for them to end first.
 */
@Component
@DependsOn("dataSource")
class MigrationsBesideStartUp implements FlywayMigrationStrategy, SmartLifecycle, DisposableBean {

  private volatile CompletableFuture<Void> migrated = CompletableFuture.completedFuture(null);
  private volatile boolean running;

  @Override
  public void migrate(Flyway flyway) {
    CompletableFuture<Void> migrating = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                flyway.migrate();
                migrating.complete(null);
              } catch (Throwable failed) {
                migrating.completeExceptionally(failed);
              }
            },
            "rungs-migrations");
    thread.setDaemon(true);
    migrated = migrating;
    thread.start();
  }

  @Override
  public void start() {
    try {
      migrated.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw failed;
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public void destroy() {
    migrated.handle((done, failed) -> null).join();
  }

  /** First of all: before the web server, the session store and anything else that starts. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE;
  }
}
