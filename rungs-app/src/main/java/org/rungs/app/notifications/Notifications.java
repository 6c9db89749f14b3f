package org.rungs.app.notifications;

import java.time.Clock;
import org.rungs.app.notifications.NotificationRepository.Channel;
import org.rungs.app.people.People;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a person a message by each channel they keep on. {@link #send} (or publishing a {@link
 * NotificationRequested}) only writes the outbox, in the caller's transaction; {@link OutboxSender}
 * sends after the commit, off the request's thread.
 */
@Service
public class Notifications {

  /** Published when the outbox has something new, so the sender wakes after the commit. */
  record OutboxWritten() {}

  private final NotificationRepository repository;
  private final PublicUrl publicUrl;
  private final EmailChannel email;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final People people;

  Notifications(
      NotificationRepository repository,
      PublicUrl publicUrl,
      EmailChannel email,
      ApplicationEventPublisher events,
      Clock clock,
      People people) {
    this.repository = repository;
    this.publicUrl = publicUrl;
    this.email = email;
    this.events = events;
    this.clock = clock;
    this.people = people;
  }

  /**
   * Queues {@code message} for each channel its recipient keeps on; part of the caller's work. A
   * person who has left (deactivated) is sent nothing.
   */
  @Transactional
  public void send(NotificationRequested message) {
    if (message.link() != null && publicUrl.of(message.link()).isEmpty()) {
      return;
    }
    if (!people.isActive(message.personId())) {
      return;
    }
    Preferences preferences = repository.preferences(message.personId());
    boolean queued = false;
    if (preferences.email() && email.configured()) {
      repository.add(message, Channel.EMAIL, clock.instant());
      queued = true;
    }
    if (preferences.sendsSlack()) {
      repository.add(message, Channel.SLACK, clock.instant());
      queued = true;
    }
    if (queued) {
      events.publishEvent(new OutboxWritten());
    }
  }

  @EventListener
  void on(NotificationRequested message) {
    send(message);
  }

  /** The person's channels. */
  public Preferences preferences(long personId) {
    return repository.preferences(personId);
  }
}
