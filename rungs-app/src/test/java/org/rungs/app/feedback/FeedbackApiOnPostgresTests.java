package org.rungs.app.feedback;

import java.nio.file.Path;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackApiOnPostgresTests extends FeedbackApiContract {

  private static final Path FOLDER = gitFolder();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestDatabases::user);
    registry.add("rungs.frameworks.directory", FOLDER::toString);
    // Notifications are queued (and their sending fails quietly: no SMTP server is there).
    registry.add("rungs.public-url", () -> "https://rungs.example.com");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> "9");
  }
}
