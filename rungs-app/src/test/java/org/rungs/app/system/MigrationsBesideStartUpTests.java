package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The schema migrations run beside the rest of start-up, and still before anything that uses the
 * database runs: a slow migration makes the start slower, never wrong.
 */
class MigrationsBesideStartUpTests {

  @Test
  void aSlowMigrationHoldsBackTheWebServerAndTheRunnersAndNoBeanReadsATableBeforeIt()
      throws Exception {
    AtomicReference<String> migratedOn = new AtomicReference<>();
    AtomicLong migratedAt = new AtomicLong();
    AtomicLong serverStartedAt = new AtomicLong();
    AtomicLong runnerAt = new AtomicLong();
    Callback slow =
        callback(
            event -> {
              if (event == Event.BEFORE_MIGRATE) {
                migratedOn.set(Thread.currentThread().getName());
                sleep(1_500);
              } else if (event == Event.AFTER_MIGRATE) {
                migratedAt.set(System.nanoTime());
              }
            });

    try (ConfigurableApplicationContext app =
        start(
            TestDatabases.h2(),
            slow,
            (ApplicationRunner) args -> runnerAt.set(System.nanoTime()),
            (ApplicationListener<WebServerInitializedEvent>)
                started -> serverStartedAt.set(System.nanoTime()))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();

      assertThat(migratedOn.get()).isEqualTo("rungs-migrations");
      assertThat(migratedAt.get()).isPositive();
      assertThat(serverStartedAt.get()).isGreaterThan(migratedAt.get());
      assertThat(runnerAt.get()).isGreaterThan(migratedAt.get());
      // Every bean was made while the tables did not exist yet, and the start went on; the
      // database is ready for the first request.
      assertThat(new OperatorHttp(port).get("/health/readiness").statusCode()).isEqualTo(200);
      assertThat(new OperatorHttp(port).get("/login").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aFailedMigrationFailsTheStartWithFlywaysReason() {
    Callback failing =
        callback(
            event -> {
              if (event == Event.BEFORE_MIGRATE) {
                throw new FlywayException("V99 would not apply");
              }
            });

    assertThatThrownBy(() -> start(TestDatabases.h2(), failing).close())
        .hasRootCauseInstanceOf(FlywayException.class)
        .hasStackTraceContaining("V99 would not apply");
  }

  @Test
  void aStartThatFailsWhileTheyRunWaitsForThemToEndBeforeClosingTheDatabase() {
    AtomicLong migratedAt = new AtomicLong();
    Callback slow =
        callback(
            event -> {
              if (event == Event.BEFORE_MIGRATE) {
                sleep(1_500);
              } else if (event == Event.AFTER_MIGRATE) {
                migratedAt.set(System.nanoTime());
              }
            });

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(RungsApplication.class)
                    .logStartupInfo(false)
                    .initializers(
                        context -> {
                          context.getBeanFactory().registerSingleton("slowMigration", slow);
                          // A bean made while the migrations run, that refuses its settings.
                          ((GenericApplicationContext) context)
                              .registerBean(
                                  "refusing",
                                  Object.class,
                                  () -> {
                                    throw new IllegalStateException("refuses its settings");
                                  },
                                  definition -> definition.setDependsOn("flywayInitializer"));
                        })
                    .run(
                        "--spring.datasource.url=" + TestDatabases.h2(),
                        "--spring.datasource.username=sa",
                        "--server.port=0",
                        "--server.address=127.0.0.1")
                    .close())
        .hasStackTraceContaining("refuses its settings");
    assertThat(migratedAt.get()).as("the migrations ended before the start gave up").isPositive();
  }

  private static ConfigurableApplicationContext start(String url, Object... singletons) {
    return new SpringApplicationBuilder(RungsApplication.class)
        .logStartupInfo(false)
        // Registered one by one rather than as a configuration class: the application scans its
        // packages, test classes included, and must not find these in other tests.
        .initializers(
            context -> {
              int i = 0;
              for (Object singleton : singletons) {
                if (singleton instanceof ApplicationListener<?> listener) {
                  context.addApplicationListener(listener);
                } else {
                  context.getBeanFactory().registerSingleton("testSingleton" + i++, singleton);
                }
              }
            })
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=sa",
            "--server.port=0",
            "--server.address=127.0.0.1");
  }

  private interface OnEvent {
    void handle(Event event);
  }

  private static Callback callback(OnEvent onEvent) {
    return new Callback() {
      @Override
      public boolean supports(Event event, Context context) {
        return true;
      }

      @Override
      public boolean canHandleInTransaction(Event event, Context context) {
        return true;
      }

      @Override
      public void handle(Event event, Context context) {
        onEvent.handle(event);
      }

      @Override
      public String getCallbackName() {
        return "test";
      }
    };
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
