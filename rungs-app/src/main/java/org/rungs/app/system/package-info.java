/**
 * App-wide wiring: rungs serve and its database options, security headers, problem details, and
 * rendering the signed-in pages.
 */
@ApplicationModule(allowedDependencies = {"frameworks", "web"})
package org.rungs.app.system;

import org.springframework.modulith.ApplicationModule;
