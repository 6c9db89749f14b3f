/**
 * The rhythm of check-ins: the organisation's cadence and each person's due date, the inbox of what
 * waits for the signed-in person, the notifications check-ins send, and overdue reminders.
 */
@ApplicationModule(
    allowedDependencies = {"checkins", "notifications", "people", "personaldata", "system", "web"})
package org.rungs.app.rhythm;

import org.springframework.modulith.ApplicationModule;
