/**
 * Pay (issue 11): salary bands, each person's pay sealed at rest, My pay, calibration, manager
 * consistency and the pay gap report, with the strictest access rules in Rungs.
 */
@ApplicationModule(
    allowedDependencies = {
      "assessments",
      "audit",
      "frameworks",
      "people",
      "personaldata",
      "system",
      "web",
      "promotion"
    })
package org.rungs.app.pay;

import org.springframework.modulith.ApplicationModule;
