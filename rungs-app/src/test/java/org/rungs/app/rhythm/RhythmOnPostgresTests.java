package org.rungs.app.rhythm;

import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = RungsApplication.class)
class RhythmOnPostgresTests extends RhythmContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestDatabases::user);
    registry.add("rungs.public-url", () -> "https://rungs.example.com");
    // An SMTP server that is not there: messages are queued, and their sending fails quietly.
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> "9");
  }
}
