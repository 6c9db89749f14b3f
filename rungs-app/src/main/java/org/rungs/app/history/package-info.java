/**
 * A person's history: their standing over time as a chart, their level history, and every change to
 * their assessments from the audit trail (who changed which view when, from what to what).
 */
@ApplicationModule(
    allowedDependencies = {"assessments", "audit", "checkins", "people", "system", "web"})
package org.rungs.app.history;

import org.springframework.modulith.ApplicationModule;
