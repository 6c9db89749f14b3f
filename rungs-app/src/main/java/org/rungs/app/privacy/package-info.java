/**
 * Personal data requests: a person's export (ZIP of JSON and a readable summary), the erasure of a
 * person who left, and retention, which erases leavers automatically after a set period. It gathers
 * every feature's {@link org.rungs.app.personaldata.PersonalData}.
 */
@ApplicationModule(allowedDependencies = {"audit", "people", "personaldata", "system", "web"})
package org.rungs.app.privacy;

import org.springframework.modulith.ApplicationModule;
