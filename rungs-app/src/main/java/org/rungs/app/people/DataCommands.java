package org.rungs.app.people;

import java.util.ArrayList;
import java.util.List;
import org.rungs.app.RungsApplication;
import org.rungs.app.system.DatabaseOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Rungs without its web server, for commands that work on the database. */
final class DataCommands {
  private DataCommands() {}

  static ConfigurableApplicationContext start(DatabaseOptions database, String... more) {
    List<String> args = new ArrayList<>(database.springArguments());
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(RungsApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
