/**
 * People and sign-in: accounts and API tokens, who may see whom, the people API, CSV import, the
 * admin pages and the users and people commands.
 */
@ApplicationModule(allowedDependencies = {"audit", "frameworks", "personaldata", "system", "web"})
package org.rungs.app.people;

import org.springframework.modulith.ApplicationModule;
