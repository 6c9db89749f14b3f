package org.rungs.app.notifications;

/**
 * Which channels a person keeps on: email (on unless turned off) and Slack (off until they give a
 * webhook and turn it on).
 *
 * @param slackWebhook the person's Slack incoming webhook, or {@code null}
 * @param version increases with every change, so two edits cannot silently overwrite each other
 */
public record Preferences(boolean email, boolean slack, String slackWebhook, int version) {

  static final Preferences DEFAULT = new Preferences(true, false, null, 0);

  boolean sendsSlack() {
    return slack && slackWebhook != null && !slackWebhook.isBlank();
  }
}
