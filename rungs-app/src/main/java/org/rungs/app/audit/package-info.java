/** The audit trail: who changed what and when, written in the same transaction as the change. */
@ApplicationModule(allowedDependencies = {"personaldata"})
package org.rungs.app.audit;

import org.springframework.modulith.ApplicationModule;
