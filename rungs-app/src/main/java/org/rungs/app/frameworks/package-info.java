/**
 * The framework files as the app sees them: the live library of a folder, and the validate and
 * export commands.
 */
@ApplicationModule(allowedDependencies = {})
package org.rungs.app.frameworks;

import org.springframework.modulith.ApplicationModule;
