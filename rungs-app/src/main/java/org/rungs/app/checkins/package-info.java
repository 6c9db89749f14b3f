/**
 * Check-ins: the three steps, the agreement the manager records and the person's confirmation, with
 * their page and API.
 */
@ApplicationModule(
    allowedDependencies = {
      "assessments",
      "audit",
      "evidence",
      "frameworks",
      "people",
      "personaldata",
      "system",
      "web"
    })
package org.rungs.app.checkins;

import org.springframework.modulith.ApplicationModule;
