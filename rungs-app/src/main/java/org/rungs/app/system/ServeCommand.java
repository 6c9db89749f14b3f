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

/** {@code rungs serve}: the framework site, live, re-reading files as they change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the framework site. Edits to files under --frameworks show on the next page load;",
      "a file that breaks keeps its last good version, with the problem shown on its page.",
      "People and assessments live in an embedded database under --data (default ./rungs-data),",
      "or in PostgreSQL with --db-url (user and password from RUNGS_DB_USER, RUNGS_DB_PASSWORD)."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Mixin FrameworkFolder frameworks;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The HTTP port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = {
        "The address to listen on, e.g. 127.0.0.1 for this machine only (a reverse proxy on the",
        "same machine). Default: every address of the machine."
      })
  InetAddress bind;

  @Option(
      names = "--name",
      defaultValue = "Rungs",
      description = "The site's name in the top bar. Default: ${DEFAULT-VALUE}.")
  String name;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
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
    spec.commandLine()
        .getOut()
        .printf(
            "Rungs is serving %s on http://%s:%s/ (Ctrl+C to stop)%n",
            where,
            bind == null ? "localhost" : hostInUrl(bind),
            context.getEnvironment().getProperty("local.server.port", String.valueOf(port)));
    spec.commandLine().getOut().flush();
    // The web server keeps the JVM alive; tell picocli's caller not to exit.
    return KEEP_RUNNING;
  }

  /** The Spring Boot arguments of this command line. */
  List<String> springArguments() {
    List<String> args = new ArrayList<>(database.springArguments());
    args.add("--server.port=" + port);
    if (bind != null) {
      args.add("--server.address=" + bind.getHostAddress());
    }
    args.add("--rungs.frameworks.site-name=" + name);
    args.addAll(frameworks.springArguments(spec));
    return args;
  }

  private static String hostInUrl(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return "localhost";
    }
    String host = address.getHostAddress();
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** An exit code that {@link org.rungs.app.cli.Rungs#main} takes as "the server is running". */
  public static final int KEEP_RUNNING = -1;
}
