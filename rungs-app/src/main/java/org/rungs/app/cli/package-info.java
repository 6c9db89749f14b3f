/** The rungs command: its subcommands, each in the feature it belongs to. */
@ApplicationModule(
    allowedDependencies = {
      "backup",
      "demo",
      "frameworks",
      "pay",
      "people",
      "privacy",
      "site",
      "system"
    })
package org.rungs.app.cli;

import org.springframework.modulith.ApplicationModule;
