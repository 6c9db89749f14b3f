package org.rungs.app.notifications;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rungs.app.notifications.NotificationRepository.Channel;
import org.rungs.app.notifications.NotificationRepository.Outgoing;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends what the outbox holds, on its own thread: woken after each commit that wrote to the outbox,
 * and every {@code rungs.notifications.poll-every} for messages left by a crash or waiting for a
 * retry. A message is claimed before it is sent, so two instances never both send it; a failure is
 * retried after {@code retry-after}, doubled each time, and given up after {@code max-attempts},
 * each logged in one line that names the message, never its address or webhook.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final Duration CLAIM = Duration.ofMinutes(2);

  private final NotificationRepository outbox;
  private final People people;
  private final EmailChannel email;
  private final SlackChannel slack;
  private final PublicUrl publicUrl;
  private final NotificationSettings settings;
  private final Clock clock;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread sender = new Thread(runnable, "rungs-notifications");
            sender.setDaemon(true);
            return sender;
          });
  private final AtomicBoolean woken = new AtomicBoolean();

  OutboxSender(
      NotificationRepository outbox,
      People people,
      EmailChannel email,
      SlackChannel slack,
      PublicUrl publicUrl,
      NotificationSettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.people = people;
    this.email = email;
    this.slack = slack;
    this.publicUrl = publicUrl;
    this.settings = settings;
    this.clock = clock;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void afterCommit(Notifications.OutboxWritten written) {
    wake();
  }

  @Scheduled(
      fixedDelayString = "${rungs.notifications.poll-every:30s}",
      initialDelayString = "${rungs.notifications.poll-every:30s}")
  void poll() {
    wake();
  }

  /** Sends what is due, on the sender's thread; a wake-up while one is queued is not repeated. */
  void wake() {
    if (woken.compareAndSet(false, true)) {
      thread.execute(
          () -> {
            woken.set(false);
            try {
              sendDue();
            } catch (RuntimeException broken) {
              log.warn("notifications: the outbox could not be read: {}", broken.toString());
            }
          });
    }
  }

  /** Sends every message that is due now; returns how many were sent. */
  int sendDue() {
    int sent = 0;
    List<Outgoing> due;
    do {
      Instant now = clock.instant();
      due = outbox.due(now, 50);
      for (Outgoing message : due) {
        if (outbox.claim(message, now, now.plus(CLAIM)) && deliver(message)) {
          sent++;
        }
      }
    } while (due.size() == 50);
    return sent;
  }

  private boolean deliver(Outgoing message) {
    Optional<Person> recipient = people.find(message.personId());
    // Queued before they left: a leaver is sent nothing.
    if (recipient.isEmpty() || !people.isActive(message.personId())) {
      outbox.gaveUp(message.id(), clock.instant());
      return false;
    }
    Optional<String> link = Optional.ofNullable(message.link()).flatMap(publicUrl::of);
    try {
      if (message.channel() == Channel.EMAIL) {
        if (!email.configured()) {
          outbox.gaveUp(message.id(), clock.instant());
          return false;
        }
        email.send(recipient.get().email(), message.subject(), message.body(), link);
      } else {
        Preferences preferences = outbox.preferences(message.personId());
        if (!preferences.sendsSlack()) {
          outbox.gaveUp(message.id(), clock.instant());
          return false;
        }
        slack.send(preferences.slackWebhook(), message.subject(), message.body(), link);
      }
      outbox.sent(message.id(), clock.instant());
      return true;
    } catch (Exception failure) {
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      failed(message, failure);
      return false;
    }
  }

  private void failed(Outgoing message, Exception failure) {
    int attempts = message.attempts() + 1;
    // The failure's class and first line only: an SMTP or HTTP message can quote the address.
    String reason = failure.getClass().getSimpleName();
    if (attempts >= settings.maxAttempts()) {
      outbox.gaveUp(message.id(), clock.instant());
      log.warn(
          "notifications: gave up {} message {} ({}) after {} attempts: {}",
          message.channel(),
          message.id(),
          message.kind(),
          attempts,
          reason);
      return;
    }
    Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 10));
    outbox.failed(message.id(), clock.instant().plus(wait));
    log.info(
        "notifications: {} message {} ({}) failed, attempt {} of {}, next in {}: {}",
        message.channel(),
        message.id(),
        message.kind(),
        attempts,
        settings.maxAttempts(),
        wait,
        reason);
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
