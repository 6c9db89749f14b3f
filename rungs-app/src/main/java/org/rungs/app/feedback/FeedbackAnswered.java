package org.rungs.app.feedback;

/**
 * Published when an owner accepts, rejects or answers feedback: for notifications to tell its
 * author. {@code link} is a path of this Rungs, the page the feedback is shown on.
 */
public record FeedbackAnswered(
    long feedbackId, long recipientPersonId, String subject, String text, String link) {}
