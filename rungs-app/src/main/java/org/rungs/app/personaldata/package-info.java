/**
 * The contract every feature that holds personal data implements ({@link PersonalData}), so that a
 * person's export and erasure reach every table that points at them. It depends on nothing; the
 * features depend on it, and {@code privacy} collects their contributions.
 */
@ApplicationModule(allowedDependencies = {})
package org.rungs.app.personaldata;

import org.springframework.modulith.ApplicationModule;
