/**
 * Assessments: the self, manager and agreed view of each criterion, standings, and carrying them
 * over when a framework's wording changes.
 */
@ApplicationModule(allowedDependencies = {"audit", "frameworks", "people", "system"})
package org.rungs.app.assessments;

import org.springframework.modulith.ApplicationModule;
