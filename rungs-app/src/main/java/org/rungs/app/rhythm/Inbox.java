package org.rungs.app.rhythm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.progression.CheckInStep;
import org.springframework.stereotype.Service;

/**
 * What waits for a person: for themselves, their self-assessment, an agreement to confirm, a
 * check-in due or overdue; for a manager, each direct report's manager assessment, agreement to
 * record, dispute and overdue check-in (a manager's manager is not asked to take their reports'
 * managers' steps). Three queries however large the team: the reports, their open check-ins, their
 * latest agreements.
 */
@Service
class Inbox {

  private final People people;
  private final CheckIns checkIns;
  private final Cadence cadence;

  Inbox(People people, CheckIns checkIns, Cadence cadence) {
    this.people = people;
    this.checkIns = checkIns;
    this.cadence = cadence;
  }

  List<Waiting> of(Person viewer) {
    // Direct reports only, read as such: the inbox is counted on every page (the top bar), and
    // the head of a large organisation has thousands below them.
    List<Person> direct = people.activeDirectReportsOf(viewer);
    List<Long> ids = new ArrayList<>(direct.stream().map(Person::id).toList());
    ids.add(viewer.id());
    Map<Long, CheckInStep> open = checkIns.openStates(ids);
    Map<Long, CheckIns.LatestAgreement> latest = checkIns.latestAgreements(ids);
    List<Waiting> waiting = new ArrayList<>();
    own(viewer, open.get(viewer.id()), latest.get(viewer.id()), waiting);
    for (Person report : direct) {
      ofReport(report, open.get(report.id()), latest.get(report.id()), waiting);
    }
    waiting.sort(Comparator.comparing(Waiting::urgent).reversed());
    return waiting;
  }

  private void own(
      Person me, CheckInStep open, CheckIns.LatestAgreement latest, List<Waiting> waiting) {
    String checkInsPage = "/people/" + me.id() + "/check-ins/";
    if (open == CheckInStep.SELF_ASSESSMENT) {
      waiting.add(
          new Waiting("Your self-assessment for your check-in", "/people/" + me.id() + "/", false));
    }
    if (open == null && latest != null && latest.answer() == null) {
      waiting.add(
          new Waiting(
              "Confirm the agreement your manager recorded, or say what you did not agree to",
              checkInsPage,
              false));
    }
    if (open == null) {
      cadence
          .dueOn(me, latest)
          .ifPresent(
              due -> {
                if (due.isBefore(cadence.today())) {
                  waiting.add(
                      new Waiting(
                          "Your check-in is overdue: it was due on " + due, checkInsPage, true));
                } else if (cadence.soon(due)) {
                  waiting.add(new Waiting("Your check-in is due on " + due, checkInsPage, false));
                }
              });
    }
  }

  private void ofReport(
      Person report, CheckInStep open, CheckIns.LatestAgreement latest, List<Waiting> waiting) {
    String checkInsPage = "/people/" + report.id() + "/check-ins/";
    if (open == CheckInStep.MANAGER_ASSESSMENT) {
      waiting.add(
          new Waiting(
              "Your assessment of " + report.name(), "/people/" + report.id() + "/", false));
    } else if (open == CheckInStep.AGREEING) {
      waiting.add(new Waiting("Record the agreement with " + report.name(), checkInsPage, false));
    }
    if (open == null && latest != null && latest.answer() == CheckIn.Confirmation.DISPUTED) {
      waiting.add(
          new Waiting(report.name() + " disputed the agreement you recorded", checkInsPage, true));
    }
    if (open == null) {
      LocalDate today = cadence.today();
      cadence
          .dueOn(report, latest)
          .filter(due -> due.isBefore(today))
          .ifPresent(
              due ->
                  waiting.add(
                      new Waiting(
                          report.name() + "'s check-in is overdue: it was due on " + due,
                          checkInsPage,
                          true)));
    }
  }
}
