/**
 * Assessments: the self, manager and agreed view of each criterion, standings, the assess page, and
 * moving their own rows when a framework's criteria are carried over to new wording.
 */
@ApplicationModule(
    allowedDependencies = {
      "audit",
      "evidence",
      "frameworks",
      "people",
      "personaldata",
      "system",
      "web"
    })
package org.rungs.app.assessments;

import org.springframework.modulith.ApplicationModule;
