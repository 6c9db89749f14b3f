package org.rungs.app.demo;

import static org.rungs.app.demo.Chance.at;
import static org.rungs.app.demo.Chance.pick;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.AssessmentBulk;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.framework.Criterion;
import org.rungs.progression.AssessmentStatus;

/**
 * Writes people's assessments of the criteria at their level and the next, in batches: their own
 * view, their manager's and the agreed one, close to each other. The head has only their own view.
 */
final class AssessmentWriter {
  private final Random random;
  private final LocalDate today;
  private final Counts counts;
  private final AssessmentBulk.Batch assessments;
  private final java.util.Map<Long, Integer> leniency;

  /**
   * @param leniency planted managers (demo pay cases): +1 agrees "demonstrated" far more often than
   *     the rest, -1 far less
   */
  AssessmentWriter(
      AssessmentBulk.Batch assessments,
      Random random,
      LocalDate today,
      Counts counts,
      java.util.Map<Long, Integer> leniency) {
    this.leniency = leniency;
    this.random = random;
    this.today = today;
    this.counts = counts;
    this.assessments = assessments;
  }

  /**
   * Writes {@code person}'s assessments of {@code current} and {@code next}.
   *
   * @param lastAgreed when their latest check-in was agreed, or {@code null} for a random recent
   *     day
   */
  void write(
      Planned person,
      List<Criterion> current,
      List<Criterion> next,
      boolean head,
      OffsetDateTime lastAgreed) {
    OffsetDateTime updatedAt =
        lastAgreed != null ? lastAgreed : at(today.minusDays(1 + random.nextInt(60)), random);
    for (int which = 0; which < 2; which++) {
      boolean atLevel = which == 0;
      for (Criterion criterion : atLevel ? current : next) {
        assess(person, criterion, atLevel, head, updatedAt);
        counts.assessments++;
      }
    }
  }

  private void assess(
      Planned person,
      Criterion criterion,
      boolean atLevel,
      boolean head,
      OffsetDateTime updatedAt) {
    AssessmentStatus agreed =
        planted(agreedStatus(atLevel, random), leniency.get(person.managerId()), random);
    AssessmentStatus self = nearby(agreed, 75, true, random);
    AssessmentStatus manager = nearby(agreed, 90, false, random);
    String naNote = pick(Notes.NOT_APPLICABLE, random);
    String selfNote =
        self == AssessmentStatus.NOT_APPLICABLE
            ? naNote
            : random.nextInt(100) < 12 ? Notes.note(Notes.SELF_NOTES, random) : null;
    if (head) {
      assessments.add(
          new Assessment(
              person.id(),
              person.framework(),
              criterion.id().value(),
              criterion.text(),
              self,
              selfNote,
              null,
              null,
              null,
              null,
              1),
          updatedAt,
          person.id());
      return;
    }
    String managerNote =
        manager == AssessmentStatus.NOT_APPLICABLE
            ? naNote
            : random.nextInt(100) < 8 ? Notes.note(Notes.MANAGER_NOTES, random) : null;
    assessments.add(
        new Assessment(
            person.id(),
            person.framework(),
            criterion.id().value(),
            criterion.text(),
            self,
            selfNote,
            manager,
            managerNote,
            agreed,
            agreed == AssessmentStatus.NOT_APPLICABLE ? naNote : null,
            3),
        updatedAt,
        person.managerId());
  }

  /** A planted manager's bias: a lenient one turns most doubts into "demonstrated". */
  private static AssessmentStatus planted(AssessmentStatus agreed, Integer bias, Random random) {
    if (bias == null || agreed == AssessmentStatus.NOT_APPLICABLE) {
      return agreed;
    }
    int roll = random.nextInt(100);
    if (bias > 0) {
      return roll < 90 ? AssessmentStatus.DEMONSTRATED : agreed;
    }
    return roll < 60 ? AssessmentStatus.WORKING_TOWARDS : agreed;
  }

  /** Mostly demonstrated at their own level, mostly not yet at the next. */
  private static AssessmentStatus agreedStatus(boolean atLevel, Random random) {
    int roll = random.nextInt(1000);
    if (atLevel) {
      return roll < 820
          ? AssessmentStatus.DEMONSTRATED
          : roll < 950
              ? AssessmentStatus.WORKING_TOWARDS
              : roll < 985 ? AssessmentStatus.NOT_YET : AssessmentStatus.NOT_APPLICABLE;
    }
    return roll < 220
        ? AssessmentStatus.DEMONSTRATED
        : roll < 600
            ? AssessmentStatus.WORKING_TOWARDS
            : roll < 990 ? AssessmentStatus.NOT_YET : AssessmentStatus.NOT_APPLICABLE;
  }

  /**
   * A view close to the agreed one: the same {@code same}% of the time, otherwise one step away
   * (people rate themselves a little higher more often than lower).
   */
  private static AssessmentStatus nearby(
      AssessmentStatus agreed, int same, boolean optimistic, Random random) {
    if (agreed == AssessmentStatus.NOT_APPLICABLE || random.nextInt(100) < same) {
      return agreed;
    }
    boolean up = random.nextInt(100) < (optimistic ? 65 : 40);
    return switch (agreed) {
      case NOT_YET -> AssessmentStatus.WORKING_TOWARDS;
      case WORKING_TOWARDS -> up ? AssessmentStatus.DEMONSTRATED : AssessmentStatus.NOT_YET;
      case DEMONSTRATED -> AssessmentStatus.WORKING_TOWARDS;
      case NOT_APPLICABLE -> agreed;
    };
  }

  void flush() {
    assessments.flush();
  }
}
