package org.rungs.app.privacy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
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
class PersonalDataOnPostgresTests extends PersonalDataContract {

  static String url;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    url = TestDatabases.postgres();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestDatabases::user);
  }

  /**
   * With the user in it: the commands take the user from the environment, which tests cannot set.
   */
  @Override
  String url() {
    return url + (url.contains("?") ? "&" : "?") + "user=" + TestDatabases.user();
  }

  /** pg_dump of the whole database when PostgreSQL's tools are installed; every row otherwise. */
  @Override
  String dump() throws Exception {
    Optional<Path> pgDump = pgDump();
    if (pgDump.isEmpty()) {
      return everyRow();
    }
    URI server = URI.create(url.substring("jdbc:".length()));
    Process process =
        new ProcessBuilder(
                pgDump.get().toString(),
                "-h",
                server.getHost(),
                "-p",
                Integer.toString(server.getPort()),
                "-U",
                TestDatabases.user(),
                server.getPath().substring(1))
            .redirectErrorStream(true)
            .start();
    String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pg_dump failed: " + dump);
    }
    return dump;
  }

  private static Optional<Path> pgDump() throws IOException {
    Path installed = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(installed)) {
      return versions
          .map(version -> version.resolve("bin/pg_dump"))
          .filter(Files::isExecutable)
          .max(Comparator.comparing(Path::toString));
    }
  }
}
