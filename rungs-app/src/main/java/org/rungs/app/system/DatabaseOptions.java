package org.rungs.app.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where Rungs keeps its data, for every command that needs it: an embedded H2 database in a folder
 * (the default), or PostgreSQL. The PostgreSQL user and password come from the environment ({@code
 * RUNGS_DB_USER}, {@code RUNGS_DB_PASSWORD}), never the command line, so they do not show in
 * process lists. Either place can also come from the environment ({@code RUNGS_DATA}, {@code
 * RUNGS_DB_URL}), as a container or a systemd unit sets it; an option given wins.
 */
public final class DatabaseOptions {

  private static final Pattern WRITE_DELAY =
      Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=\\s*([^;]*)");

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

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
      description = {
        "A PostgreSQL database instead, e.g. jdbc:postgresql://localhost/rungs",
        "(RUNGS_DB_URL). An H2 URL gets ;WRITE_DELAY=0 unless it sets a delay."
      })
  String url;

  /** Spring Boot arguments that point the data source at the chosen database. */
  public List<String> springArguments() {
    List<String> args = new ArrayList<>();
    if (url != null && !url.isBlank()) {
      args.add("--spring.datasource.url=" + durable(url));
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
   * The chosen database as a plain data source, for commands that work on its tables without
   * starting Rungs (backup, restore): same URL, user and password as {@link #springArguments()}.
   */
  public DataSource dataSource() {
    if (url != null && !url.isBlank()) {
      DriverManagerDataSource source = new DriverManagerDataSource(durable(url));
      source.setUsername(System.getenv("RUNGS_DB_USER"));
      source.setPassword(System.getenv("RUNGS_DB_PASSWORD"));
      return source;
    }
    return new DriverManagerDataSource(embeddedUrl(data));
  }

  /**
   * {@code url}, with {@code ;WRITE_DELAY=0} added if it is an H2 file database without a write
   * delay of its own: H2's default loses acknowledged writes when the process is killed. Says so in
   * one line on the command's error stream; an explicit delay is kept, with a warning.
   */
  String durable(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
      return url;
    }
    Matcher delay = WRITE_DELAY.matcher(url);
    if (!delay.find()) {
      warn(
          "--db-url has no WRITE_DELAY: added ;WRITE_DELAY=0 so that acknowledged writes survive"
              + " the process being killed");
      return url + ";WRITE_DELAY=0";
    }
    if (!delay.group(1).strip().equals("0")) {
      warn(
          "--db-url has WRITE_DELAY="
              + delay.group(1).strip()
              + ": acknowledged writes can be lost if the process is killed; WRITE_DELAY=0 keeps"
              + " them");
    }
    return url;
  }

  private void warn(String message) {
    if (command != null) {
      command.commandLine().getErr().println(command.qualifiedName() + ": " + message);
      command.commandLine().getErr().flush();
    }
  }

  /**
   * The embedded database in {@code folder}. WRITE_DELAY=0 makes every acknowledged write durable
   * when the process is killed (measured: H2's default loses acknowledged rows). AUTO_SERVER lets
   * {@code rungs users} and {@code rungs people} work while {@code rungs serve} holds the database:
   * the first process to open it serves it to the others on a local port.
   */
  public static String embeddedUrl(Path folder) {
    // H2 serves an AUTO_SERVER database on every interface unless told otherwise; only processes
    // on this machine need it. Read once, when H2 first opens a socket: set before any database.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve("rungs")
        + ";WRITE_DELAY=0;AUTO_SERVER=TRUE"
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }
}
