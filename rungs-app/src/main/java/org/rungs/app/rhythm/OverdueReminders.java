package org.rungs.app.rhythm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.notifications.NotificationKind;
import org.rungs.app.notifications.NotificationRequested;
import org.rungs.app.notifications.Notifications;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each person whose check-in is overdue, and their manager, once per due date: the reminder's
 * row ({@code check_in_reminder}, one per person and due date) is written in the same transaction
 * as the messages, so with several instances only the one whose insert counts sends them, and a
 * crash sends them all or none. A check-in in progress is not overdue here: it is under way.
 */
@Component
class OverdueReminders {

  private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

  private final People people;
  private final CheckIns checkIns;
  private final Cadence cadence;
  private final ReminderRepository reminders;
  private final Notifications notifications;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OverdueReminders(
      People people,
      CheckIns checkIns,
      Cadence cadence,
      ReminderRepository reminders,
      Notifications notifications,
      TransactionTemplate transaction,
      Clock clock) {
    this.people = people;
    this.checkIns = checkIns;
    this.cadence = cadence;
    this.reminders = reminders;
    this.notifications = notifications;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${rungs.check-ins.reminders-every:1h}",
      initialDelayString = "${rungs.check-ins.reminders-every:1h}")
  void scheduled() {
    int sent = remind();
    if (sent > 0) {
      log.info("overdue check-ins: reminded {} people", sent);
    }
  }

  /** Sends the reminders now due; returns how many people were reminded. */
  int remind() {
    // Leavers are not reminded, nor is anyone of a leaver's check-in.
    List<Person> everyone = people.active();
    List<Long> ids = everyone.stream().map(Person::id).toList();
    Map<Long, CheckIns.LatestAgreement> latest = checkIns.latestAgreements(ids);
    Map<Long, ?> open = checkIns.openStates(ids);
    LocalDate today = cadence.today();
    int sent = 0;
    for (Person person : everyone) {
      if (open.containsKey(person.id())) {
        continue;
      }
      Optional<LocalDate> due =
          cadence.dueOn(person, latest.get(person.id())).filter(day -> day.isBefore(today));
      if (due.isPresent()
          && Boolean.TRUE.equals(transaction.execute(status -> remind(person, due.get())))) {
        sent++;
      }
    }
    return sent;
  }

  private boolean remind(Person person, LocalDate due) {
    if (!reminders.claim(person.id(), due, clock.instant())) {
      return false;
    }
    String page = "/people/" + person.id() + "/check-ins/";
    notifications.send(
        new NotificationRequested(
            person.id(),
            NotificationKind.CHECK_IN_OVERDUE,
            "Your check-in is overdue",
            "Your check-in was due on " + due + ". Start it with your manager.",
            page));
    if (person.managerId() != null) {
      notifications.send(
          new NotificationRequested(
              person.managerId(),
              NotificationKind.CHECK_IN_OVERDUE,
              person.name() + "'s check-in is overdue",
              person.name() + "'s check-in was due on " + due + ".",
              page));
    }
    return true;
  }
}
