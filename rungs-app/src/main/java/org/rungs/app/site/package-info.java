/**
 * The framework website: every page of every framework, served live with ETags or written as a
 * static site.
 */
@ApplicationModule(allowedDependencies = {"frameworks", "pay", "system", "web"})
package org.rungs.app.site;

import org.springframework.modulith.ApplicationModule;
