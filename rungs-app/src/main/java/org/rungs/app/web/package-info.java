/**
 * The web kit every page uses: the layout's chrome and sidebar, relative links, safe Markdown, the
 * CSRF field and the viewer shown in the top bar. It knows nothing of the features above it.
 */
@ApplicationModule(allowedDependencies = {})
package org.rungs.app.web;

import org.springframework.modulith.ApplicationModule;
