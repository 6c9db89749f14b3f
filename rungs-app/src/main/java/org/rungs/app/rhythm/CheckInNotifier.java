package org.rungs.app.rhythm;

import java.util.Optional;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckInMoved;
import org.rungs.app.notifications.NotificationKind;
import org.rungs.app.notifications.NotificationRequested;
import org.rungs.app.notifications.Notifications;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.progression.CheckInStep;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person a check-in now waits for: the person when it starts (unless they started it) and
 * when an agreement waits for their confirmation; their manager when their assessment waits and
 * when the person disputes the agreement. Inside the check-in's transaction, so the message is in
 * the outbox exactly when the step is recorded. Messages name only the person the check-in is
 * about, whom both may see, and never the dispute's note.
 */
@Component
class CheckInNotifier {

  private final People people;
  private final Notifications notifications;

  CheckInNotifier(People people, Notifications notifications) {
    this.people = people;
    this.notifications = notifications;
  }

  @EventListener
  void on(CheckInMoved moved) {
    Person person = people.find(moved.personId()).orElseThrow();
    String page = "/people/" + person.id() + "/check-ins/";
    if (moved.answer() == CheckIn.Confirmation.DISPUTED) {
      toManager(
          moved,
          person,
          NotificationKind.DISPUTE,
          person.name() + " disputed the check-in agreement",
          person.name()
              + " says the agreement you recorded is not what you agreed. Read what they wrote"
              + " and talk it over.",
          page);
    } else if (moved.answer() == null && moved.to() == CheckInStep.SELF_ASSESSMENT) {
      to(
          moved,
          person.id(),
          NotificationKind.STEP_WAITING,
          "Your check-in has started",
          "A check-in has started for you: your self-assessment is the first step.",
          "/people/" + person.id() + "/");
    } else if (moved.to() == CheckInStep.MANAGER_ASSESSMENT) {
      toManager(
          moved,
          person,
          NotificationKind.STEP_WAITING,
          "Your assessment of " + person.name() + " is waiting",
          person.name() + " finished their self-assessment; the check-in now waits for yours.",
          "/people/" + person.id() + "/");
    } else if (moved.answer() == null && moved.to() == CheckInStep.AGREED) {
      to(
          moved,
          person.id(),
          NotificationKind.AGREEMENT_TO_CONFIRM,
          "Confirm your check-in agreement",
          "The agreement of your check-in is recorded. Confirm that it is what you agreed, or say"
              + " what is not.",
          page);
    }
  }

  private void toManager(
      CheckInMoved moved,
      Person person,
      NotificationKind kind,
      String subject,
      String text,
      String link) {
    Optional.ofNullable(person.managerId())
        .ifPresent(manager -> to(moved, manager, kind, subject, text, link));
  }

  private void to(
      CheckInMoved moved,
      long recipient,
      NotificationKind kind,
      String subject,
      String text,
      String link) {
    if (recipient != moved.actorId()) {
      notifications.send(new NotificationRequested(recipient, kind, subject, text, link));
    }
  }
}
