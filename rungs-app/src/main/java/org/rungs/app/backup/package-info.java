/**
 * {@code rungs backup} and {@code rungs restore}: every table of the database in one portable file,
 * read from the database's own metadata so that tables added later are included without code here.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.rungs.app.backup;

import org.springframework.modulith.ApplicationModule;
