/**
 * Where a person stands, the assess page and my team: the pages that bring assessments, evidence
 * and check-ins together.
 */
@ApplicationModule(
    allowedDependencies = {"assessments", "checkins", "evidence", "people", "system", "web"})
package org.rungs.app.standing;

import org.springframework.modulith.ApplicationModule;
