package org.rungs.app.pay;

import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayReviewOnPostgresTests extends PayReviewApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestDatabases::user);
  }
}
