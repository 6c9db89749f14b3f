package org.rungs.app.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.notifications.NotificationKind;
import org.rungs.app.notifications.NotificationRequested;
import org.rungs.app.notifications.Notifications;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonRows;
import org.rungs.app.testing.MovableClock;
import org.rungs.app.testing.StatementCount;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox and the overdue reminders on a real database: what waits for a person and for their
 * manager (not their manager's manager), in the same number of queries for any team, and one
 * reminder per overdue check-in whichever instance looks, run on H2 and PostgreSQL by the
 * subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import({StatementCount.class, MovableClock.InPlace.class})
abstract class RhythmContract {

  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired CheckIns checkIns;
  @Autowired Inbox inbox;
  @Autowired OverdueReminders reminders;
  @Autowired StatementCount statements;
  @Autowired JdbcClient jdbc;
  @Autowired MovableClock clock;
  @Autowired Notifications notifications;

  Person head;
  Person lead;
  Person overdue;
  Person assessed;

  @BeforeAll
  void organisation() {
    head = add("head@example.com", "Hana Head", null, LocalDate.now());
    lead = add("lead@example.com", "Lee Lead", head.id(), LocalDate.now());
    overdue = add("dee@example.com", "Dee Dev", lead.id(), LocalDate.now().minusYears(1));
    assessed = add("ed@example.com", "Ed Engineer", lead.id(), LocalDate.now());
    assertThat(checkIns.start(assessed, assessed)).isEmpty();
    long id = checkIns.open(assessed).orElseThrow().id();
    assertThat(checkIns.finishStep(assessed, assessed, id, 0)).isEmpty();
  }

  @Test
  @Order(0)
  void dueDatesAndRemindersFollowTheClock() {
    clock.moveBy(Duration.ofDays(-300));
    try {
      assertThat(reminders.remind()).as("a year ago nobody was overdue yet").isZero();
      assertThat(inbox.of(lead)).extracting(Waiting::text).noneMatch(t -> t.contains("overdue"));
    } finally {
      clock.reset();
    }
    assertThat(inbox.of(lead)).extracting(Waiting::text).anyMatch(t -> t.contains("overdue"));
  }

  @Test
  @Order(1)
  void theInboxAsksTheSameNumberOfQueriesForAnyTeam() {
    long small = queries(() -> inbox.of(lead));
    for (int i = 0; i < 25; i++) {
      add("report" + i + "@example.com", "Report " + i, lead.id(), LocalDate.now().minusYears(2));
    }
    long large = queries(() -> inbox.of(lead));
    List<Waiting> waiting = inbox.of(lead);

    assertThat(waiting).hasSizeGreaterThan(25);
    assertThat(large).as("queries for 27 reports as for 2").isEqualTo(small);
  }

  @Test
  @Order(2)
  void aManagerSeesTheirReportsStepsAndOverdueCheckInsFirst() {
    List<String> texts = inbox.of(lead).stream().map(Waiting::text).toList();

    assertThat(texts)
        .contains("Your assessment of Ed Engineer")
        .contains(
            "Dee Dev's check-in is overdue: it was due on "
                + LocalDate.now().minusYears(1).plusMonths(3));
    assertThat(inbox.of(lead).get(0).urgent()).as("overdue comes first").isTrue();
  }

  @Test
  @Order(3)
  void theManagersManagerIsNotAskedToTakeTheirStep() {
    assertThat(inbox.of(head)).extracting(Waiting::text).noneMatch(t -> t.contains("Ed Engineer"));
  }

  @Test
  @Order(4)
  void aPersonSeesTheirOwnOverdueCheckInAndNotTheirManagersStep() {
    assertThat(inbox.of(overdue))
        .extracting(Waiting::text)
        .containsExactly(
            "Your check-in is overdue: it was due on "
                + LocalDate.now().minusYears(1).plusMonths(3));
    assertThat(inbox.of(assessed)).isEmpty();
  }

  @Test
  @Order(5)
  void anOverdueCheckInIsRemindedOncePerDueDate() {
    int first = reminders.remind();
    int again = reminders.remind();

    assertThat(first).as("Dee and the 25 reports").isEqualTo(26);
    assertThat(again).as("nothing twice").isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_outbox where kind = 'CHECK_IN_OVERDUE'"
                        + " and person_id = ?")
                .param(lead.id())
                .query(Long.class)
                .single())
        .as("Lee hears of each report once")
        .isEqualTo(26);
  }

  @Test
  @Order(6)
  void aPersonWhoLeftIsNeitherRemindedNorNotifiedNorInTheirManagersInbox() {
    Person leaver = add("lou@example.com", "Lou Leaver", lead.id(), LocalDate.now().minusYears(1));
    jdbc.sql("update person set deactivated_at = current_timestamp where id = ?")
        .param(leaver.id())
        .update();

    int reminded = reminders.remind();
    notifications.send(
        new NotificationRequested(
            leaver.id(), NotificationKind.STEP_WAITING, "Your step", "Your step", null));

    assertThat(reminded).isZero();
    assertThat(
            jdbc.sql("select count(*) from notification_outbox where person_id = ?")
                .param(leaver.id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(inbox.of(lead)).extracting(Waiting::text).noneMatch(t -> t.contains("Lou Leaver"));
  }

  /**
   * The statements one call prepares: the fewest of three tries, since the outbox's sender may be
   * asking the database on its own thread at the same time.
   */
  private long queries(Runnable call) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = statements.sofar();
      call.run();
      fewest = Math.min(fewest, statements.sofar() - before);
    }
    return fewest;
  }

  private Person add(String email, String name, Long manager, LocalDate since) {
    long id =
        people.insert(
            new PersonRows.NewPerson(
                email,
                name,
                manager,
                "/engineering/backend",
                2,
                since,
                Role.MEMBER,
                List.of(),
                null));
    return people.findById(id).orElseThrow();
  }
}
