package org.rungs.app.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where Rungs keeps its data, for every command that needs it: an embedded H2 database in a folder
 * (the default), or PostgreSQL. The PostgreSQL user and password come from the environment ({@code
 * RUNGS_DB_USER}, {@code RUNGS_DB_PASSWORD}), never the command line, so they do not show in
 * process lists. Either place can also come from the environment ({@code RUNGS_DATA}, {@code
 * RUNGS_DB_URL}), as a container or a systemd unit sets it; an option given wins.
 */
public final class DatabaseOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:RUNGS_DATA:-rungs-data}",
      description = "The folder of the embedded database (RUNGS_DATA). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      // No ${DEFAULT-VALUE} in the description: a URL can carry a password, and --help must not
      // print it.
      defaultValue = "${env:RUNGS_DB_URL}",
      description =
          "A PostgreSQL database instead (RUNGS_DB_URL), e.g. jdbc:postgresql://localhost/rungs.")
  String url;

  /** Spring Boot arguments that point the data source at the chosen database. */
  public List<String> springArguments() {
    List<String> args = new ArrayList<>();
    if (url != null && !url.isBlank()) {
      args.add("--spring.datasource.url=" + url);
      String user = System.getenv("RUNGS_DB_USER");
      String password = System.getenv("RUNGS_DB_PASSWORD");
      if (user != null) {
        args.add("--spring.datasource.username=" + user);
      }
      if (password != null) {
        args.add("--spring.datasource.password=" + password);
      }
    } else {
      args.add("--spring.datasource.url=" + embeddedUrl(data));
    }
    return args;
  }

  /**
   * The embedded database in {@code folder}. WRITE_DELAY=0 makes every acknowledged write durable
   * when the process is killed (measured: H2's default loses acknowledged rows).
   */
  public static String embeddedUrl(Path folder) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve("rungs")
        + ";WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }
}
