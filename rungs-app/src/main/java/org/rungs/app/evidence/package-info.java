/** Evidence: what a person did, linked to the criteria it shows, with its page and API. */
@ApplicationModule(
    allowedDependencies = {"audit", "frameworks", "people", "personaldata", "system", "web"})
package org.rungs.app.evidence;

import org.springframework.modulith.ApplicationModule;
