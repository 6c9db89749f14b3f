/** rungs demo: fills an empty database with a realistic organisation to try Rungs with. */
@ApplicationModule(
    allowedDependencies = {
      "assessments",
      "audit",
      "checkins",
      "evidence",
      "frameworks",
      "pay",
      "people",
      "system"
    })
package org.rungs.app.demo;

import org.springframework.modulith.ApplicationModule;
