package org.rungs.app.feedback;

import org.rungs.app.notifications.NotificationKind;
import org.rungs.app.notifications.NotificationRequested;
import org.rungs.app.notifications.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells owners of new feedback and authors of its answer, by the channels each keeps on. Listens
 * synchronously, so the outbox row is written in the transaction that gave or decided the feedback
 * and nothing is sent for one that rolls back. Here rather than in {@code notifications}, which
 * knows no feature: feedback depends on notifications, never the other way round.
 */
@Component
class FeedbackNotifier {

  private final Notifications notifications;

  FeedbackNotifier(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(FeedbackReceived received) {
    notifications.send(
        new NotificationRequested(
            received.recipientPersonId(),
            NotificationKind.MESSAGE,
            received.subject(),
            received.text(),
            received.link()));
  }

  @EventListener
  void on(FeedbackAnswered answered) {
    notifications.send(
        new NotificationRequested(
            answered.recipientPersonId(),
            NotificationKind.MESSAGE,
            answered.subject(),
            answered.text(),
            answered.link()));
  }
}
