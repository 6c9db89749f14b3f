/**
 * The organisation overview for admins and managers of managers: the reporting tree, headcount by
 * framework, level and sub-level, overdue check-ins, disputed agreements, who is ready for the next
 * level, and how long ago each person last agreed a check-in.
 */
@ApplicationModule(
    allowedDependencies = {"assessments", "checkins", "people", "rhythm", "system", "web"})
package org.rungs.app.organisation;

import org.springframework.modulith.ApplicationModule;
