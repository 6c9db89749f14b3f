/**
 * Notifications: email and Slack messages to a person, written to an outbox in the transaction of
 * the change they are about and sent after it commits, retried a bounded number of times; each
 * person's choice of channels.
 */
@ApplicationModule(allowedDependencies = {"people", "personaldata", "system", "web"})
package org.rungs.app.notifications;

import org.springframework.modulith.ApplicationModule;
