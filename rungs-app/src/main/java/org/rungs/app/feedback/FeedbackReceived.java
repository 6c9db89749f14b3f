package org.rungs.app.feedback;

/**
 * Published, once for each owner of the framework, when someone gives feedback: for notifications
 * to tell the owner. {@code link} is a path of this Rungs, e.g. {@code /feedback/queue/}.
 */
public record FeedbackReceived(
    long feedbackId, long recipientPersonId, String subject, String text, String link) {}
