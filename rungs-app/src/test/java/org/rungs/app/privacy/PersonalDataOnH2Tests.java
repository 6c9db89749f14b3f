package org.rungs.app.privacy;

import java.util.stream.Collectors;
import org.rungs.app.RungsApplication;
import org.rungs.app.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "rungs.privacy.retention=P2Y")
@Import(PersonalDataContract.Clocks.class)
class PersonalDataOnH2Tests extends PersonalDataContract {

  static final String URL = TestDatabases.h2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @Override
  String url() {
    return URL;
  }

  @Override
  String dump() {
    return jdbc.sql("script").query((rs, n) -> rs.getString(1)).list().stream()
        .collect(Collectors.joining("\n"));
  }
}
