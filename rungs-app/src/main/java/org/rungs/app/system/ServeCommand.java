package org.rungs.app.system;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rungs.app.RungsApplication;
import org.rungs.app.frameworks.FrameworkFolder;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rungs serve}: the framework site, live, re-reading files as they change. Every setting is
 * a Spring property, settable by environment variable; an option given here wins over both. The
 * settings are listed in {@code --help} ({@link #SETTINGS}) and, with more words, in
 * docs/operations.md; a test keeps the two lists the same.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the framework site. Edits to files under --frameworks show on the next page load;",
      "a file that breaks keeps its last good version, with the problem shown on its page.",
      "People and assessments live in an embedded database under --data (default ./rungs-data),",
      "or in PostgreSQL with --db-url (user and password from RUNGS_DB_USER, RUNGS_DB_PASSWORD)."
    },
    footerHeading = "%nSettings (environment variable, or property in ./application.yml):%n",
    footer = {
      ServeCommand.SETTINGS,
      "",
      "Probes: GET /health/liveness, /health/readiness (200, or 503 with the reasons).",
      "Metrics: GET /metrics (Prometheus text; admins, or Authorization: Bearer RUNGS_METRICS_TOKEN)."
    })
public final class ServeCommand implements Callable<Integer> {

  /** Every setting: environment variable (and option), default, meaning. */
  static final String SETTINGS =
      """
        RUNGS_DATA (--data DIR), default: rungs-data
            the embedded H2 database's folder
        RUNGS_DB_URL (--db-url URL), default: none
            a PostgreSQL JDBC URL, instead of H2
        RUNGS_DB_USER, default: none
            the PostgreSQL user
        RUNGS_DB_PASSWORD, default: none
            the PostgreSQL password
        SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE, default: 10
          database connections per instance
        SERVER_PORT (--port PORT), default: 8080
            the HTTP port
        SERVER_ADDRESS (--bind ADDRESS), default: every address
            the address to listen on
        SERVER_FORWARDHEADERSSTRATEGY, default: none
            native: trust X-Forwarded-* from a proxy or ALB
        SERVER_SERVLET_SESSION_COOKIE_SECURE, default: false
            true: session cookie only over HTTPS
        RUNGS_SSO_ISSUERURI, default: none
            OpenID Connect single sign-on: the provider's issuer
        RUNGS_SSO_CLIENTID, default: none
            Rungs' client id at the provider
        RUNGS_SSO_CLIENTSECRET, default: none
            Rungs' client secret at the provider
        RUNGS_SSO_NAME, default: single sign-on
            the provider's name: "Sign in with NAME"
        RUNGS_SIGNIN_PASSWORDS, default: true
            false: single sign-on only, no passwords
        RUNGS_FRAMEWORKS_DIRECTORY (--frameworks DIR), default: bundled examples
            the framework files' folder
        RUNGS_FRAMEWORKS_SITENAME (--name NAME), default: Rungs
            the site's name in the top bar
        RUNGS_PROGRESSION_SUBLEVELB, default: 0.25
            share of a level's criteria for sub-level B
        RUNGS_PROGRESSION_SUBLEVELC, default: 0.5
            share of a level's criteria for sub-level C
        RUNGS_PROGRESSION_SUBLEVELD, default: 0.75
            share of a level's criteria for sub-level D
        RUNGS_METRICS_TOKEN, default: none
            scrape token for /metrics, 16+ characters
        LOGGING_STRUCTURED_FORMAT_CONSOLE, default: none
            ecs or logstash: JSON log lines
        LOGGING_LEVEL_RUNGS_REQUESTS, default: warn
            info: one log line per request
        LOGGING_LEVEL_ORG_RUNGS, default: info
            Rungs' own log level
        MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE, default: health
            more Actuator endpoints, for admins
        JAVA_OPTS, default: none
            JVM options, for the ./rungs script\
      """;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Mixin FrameworkFolder frameworks;

  @Option(
      names = "--port",
      description = "The HTTP port (SERVER_PORT). Default: 8080; 0 for any free port.")
  Integer port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (SERVER_ADDRESS), e.g. 127.0.0.1 for this machine only (a"
              + " reverse proxy on the same machine). Default: every address of the machine.")
  InetAddress bind;

  @Option(
      names = "--name",
      description = "The site's name in the top bar (RUNGS_FRAMEWORKS_SITENAME). Default: Rungs.")
  String name;

  @Override
  public Integer call() {
    if (port != null && (port < 0 || port > 65535)) {
      throw new ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    ConfigurableApplicationContext context =
        SpringApplication.run(RungsApplication.class, springArguments().toArray(String[]::new));
    String where =
        frameworks
            .folder()
            .map(folder -> folder.toAbsolutePath().toString())
            .orElse("the bundled example frameworks");
    String host = context.getEnvironment().getProperty("server.address", "localhost");
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Rungs is serving %s on http://%s:%s/ (Ctrl+C to stop)%n",
            where, host, context.getEnvironment().getProperty("local.server.port"));
    spec.commandLine().getOut().flush();
    // The web server keeps the JVM alive; tell picocli's caller not to exit.
    return KEEP_RUNNING;
  }

  /** The Spring Boot arguments of this command line. */
  List<String> springArguments() {
    List<String> args = new ArrayList<>(database.springArguments());
    // Only what was given: otherwise the environment (SERVER_PORT, ...) and application.yml decide.
    if (port != null) {
      args.add("--server.port=" + port);
    }
    if (bind != null) {
      args.add("--server.address=" + bind.getHostAddress());
    }
    if (name != null) {
      args.add("--rungs.frameworks.site-name=" + name);
    }
    args.addAll(frameworks.springArguments(spec));
    return args;
  }

  /** An exit code that {@link org.rungs.app.cli.Rungs#main} takes as "the server is running". */
  public static final int KEEP_RUNNING = -1;
}
