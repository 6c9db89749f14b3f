package org.rungs.app.notifications;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * A person's notification channels, as their page shows them (with what they typed, if refused).
 */
public record PreferencesPage(
    Chrome chrome,
    Csrf csrf,
    Preferences preferences,
    String slackPrefix,
    String error,
    String notice) {}
