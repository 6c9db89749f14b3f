package org.rungs.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages depend on each other in one direction only: frameworks and audit at the
 * bottom, then site, system, people, assessments, evidence and check-ins, with standing and
 * promotion on top. A cycle would make a feature impossible to understand, test or change alone.
 */
class ModularityTests {

  @Test
  void featurePackagesDependOnEachOtherWithoutCycles() {
    ApplicationModules.of(RungsApplication.class).verify();
  }
}
