package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class StartUpPreinitializerTests {

  @Test
  void springBootFindsItAndItRunsWithoutADatabaseOrAContext() throws Exception {
    var found =
        SpringFactoriesLoader.loadFactories(
            BackgroundPreinitializer.class, getClass().getClassLoader());

    assertThat(found).hasAtLeastOneElementOfType(StartUpPreinitializer.class);
    for (BackgroundPreinitializer preinitializer : found) {
      if (preinitializer instanceof StartUpPreinitializer ours) {
        ours.preinitialize();
      }
    }
  }
}
