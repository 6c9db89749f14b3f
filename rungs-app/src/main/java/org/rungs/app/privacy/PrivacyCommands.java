package org.rungs.app.privacy;

import java.util.ArrayList;
import java.util.List;
import org.rungs.app.RungsApplication;
import org.rungs.app.system.DatabaseOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Rungs without its web server, for {@code rungs people export} and {@code erase}. */
final class PrivacyCommands {
  private PrivacyCommands() {}

  static ConfigurableApplicationContext start(DatabaseOptions database) {
    List<String> args = new ArrayList<>(database.springArguments());
    return new SpringApplicationBuilder(RungsApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
