package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Secrets given to the server never reach its log, even when it logs everything it can. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTests {

  private static final String DATABASE_PASSWORD = "db-secret-7f3a9c";
  private static final String SCRAPE_TOKEN = "scrape-secret-5b2e8d41";

  @Test
  void aServerThatStartsLogsNeitherTheDatabasePasswordNorTheScrapeToken(CapturedOutput output)
      throws Exception {
    try (ConfigurableApplicationContext server =
        SpringApplication.run(
            RungsApplication.class,
            "--server.port=0",
            "--spring.datasource.url=" + TestDatabases.h2(),
            "--spring.datasource.password=" + DATABASE_PASSWORD,
            "--rungs.metrics.token=" + SCRAPE_TOKEN,
            "--logging.level.org.rungs=debug",
            "--logging.level.org.springframework.boot=info",
            "--logging.level.rungs.requests=info")) {
      int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
      new OperatorHttp(port).get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN);
      new OperatorHttp(port).get("/metrics", "Authorization", "Bearer wrong-" + SCRAPE_TOKEN);
    }

    assertThat(output.getAll()).doesNotContain(DATABASE_PASSWORD).doesNotContain(SCRAPE_TOKEN);
  }

  @Test
  void aScrapeTokenTooShortStopsTheServerNamingItsLengthNotItsValue(CapturedOutput output) {
    Throwable failure =
        catchThrowable(
            () ->
                SpringApplication.run(
                        RungsApplication.class,
                        "--server.port=0",
                        "--spring.datasource.url=" + TestDatabases.h2(),
                        "--rungs.metrics.token=short-secret")
                    .close());

    assertThat(failure).isNotNull();
    assertThat(output.getAll())
        .contains("rungs.metrics.token must be at least 16 characters")
        .doesNotContain("short-secret");
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(cause.getMessage()).doesNotContain("short-secret");
    }
  }
}
