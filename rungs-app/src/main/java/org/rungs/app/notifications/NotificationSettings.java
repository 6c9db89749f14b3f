package org.rungs.app.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out ({@code rungs.notifications.*}); the SMTP server itself is Spring's
 * {@code spring.mail.*}, and the address links point to is {@code rungs.public-url}.
 *
 * @param from the sender address of emails
 * @param slackWebhookPrefix a person's Slack webhook must start with this, so that Rungs cannot be
 *     made to post to any address someone types
 * @param maxAttempts how often one message is tried before it is given up (and logged)
 * @param retryAfter the wait after the first failure, doubled after each further one
 * @param pollEvery how often unsent messages (after a crash, or waiting for a retry) are looked for
 */
@ConfigurationProperties("rungs.notifications")
record NotificationSettings(
    @DefaultValue("rungs@localhost") String from,
    @DefaultValue("https://hooks.slack.com/") String slackWebhookPrefix,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("1m") Duration retryAfter,
    @DefaultValue("30s") Duration pollEvery) {}
