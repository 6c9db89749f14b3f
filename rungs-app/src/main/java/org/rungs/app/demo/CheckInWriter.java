package org.rungs.app.demo;

import static org.rungs.app.demo.Chance.at;
import static org.rungs.app.demo.Chance.pick;
import static org.rungs.app.demo.Chance.some;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckInBulk;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.framework.Criterion;
import org.rungs.progression.CheckInStep;

/**
 * Writes people's check-ins and their focus criteria, in batches: 1 to 3 agreed ones a season apart
 * for the settled, and an open one for some. Ids are given here, counting from 1.
 */
final class CheckInWriter {
  private final Random random;
  private final LocalDate today;
  private final Counts counts;
  private final CheckInBulk.Batch checkIns;
  private long checkInId;

  CheckInWriter(CheckInBulk.Batch checkIns, Random random, LocalDate today, Counts counts) {
    this.random = random;
    this.today = today;
    this.counts = counts;
    this.checkIns = checkIns;
  }

  /**
   * Writes {@code person}'s check-ins.
   *
   * @param settled whether they have agreed check-ins (new joiners have none yet)
   * @return when their latest check-in was agreed, or {@code null} if never
   */
  OffsetDateTime write(
      Planned person,
      int levels,
      List<Criterion> current,
      List<Criterion> next,
      boolean settled,
      boolean head) {
    OffsetDateTime lastAgreed = settled ? agreed(person, levels, current, next) : null;
    // An open check-in for some: a quarter of the settled, half of the new joiners.
    if (!head && random.nextInt(100) < (settled ? 25 : 50)) {
      open(person, settled);
    }
    return lastAgreed;
  }

  /** 1 to 3 agreed check-ins a season apart, the latest giving the target level. */
  private OffsetDateTime agreed(
      Planned person, int levels, List<Criterion> current, List<Criterion> next) {
    OffsetDateTime lastAgreed = null;
    int agreed = 1 + random.nextInt(3);
    LocalDate start = today.minusDays(30 + random.nextInt(90));
    List<Object[]> newestFirst = new ArrayList<>();
    for (int i = 0; i < agreed; i++) {
      OffsetDateTime startedAt = at(start, random);
      OffsetDateTime agreedAt = at(start.plusDays(5 + random.nextInt(20)), random);
      if (lastAgreed == null) {
        lastAgreed = agreedAt;
      }
      Integer target =
          i == 0
              ? person.targetLevel()
              : Math.min(levels, person.level() + (random.nextInt(100) < 50 ? 1 : 0));
      newestFirst.add(
          new Object[] {
            person.managerId(), startedAt, agreedAt, target, pick(Notes.SUMMARIES, random)
          });
      start = start.minusDays(80 + random.nextInt(100));
    }
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      Object[] c = newestFirst.get(i);
      long id = ++checkInId;
      // Most people confirm what was agreed within days; the latest agreement is sometimes still
      // waiting for them, and now and then one is disputed.
      int roll = random.nextInt(100);
      boolean latest = i == 0;
      String confirmation = latest && roll < 10 ? null : roll >= 95 ? "DISPUTED" : "CONFIRMED";
      OffsetDateTime agreedAt = (OffsetDateTime) c[2];
      // Drawn in the order the rows were always drawn, so that a seed still makes the same rows.
      String note = "DISPUTED".equals(confirmation) ? pick(Notes.DISPUTES, random) : null;
      OffsetDateTime confirmedAt =
          confirmation == null ? null : agreedAt.plusHours(2 + random.nextInt(70));
      List<Criterion> growth = next.isEmpty() ? current : next;
      List<String> focus =
          some(growth, 1 + random.nextInt(2), random).stream()
              .map(criterion -> criterion.id().value())
              .toList();
      checkIns.add(
          new CheckIn(
              id,
              person.id(),
              person.framework(),
              CheckInStep.AGREED,
              (Long) c[0],
              (OffsetDateTime) c[1],
              (Long) c[0],
              agreedAt,
              (Integer) c[3],
              (String) c[4],
              focus,
              confirmation == null ? 3 : 4,
              confirmation == null ? null : CheckIn.Confirmation.valueOf(confirmation),
              note,
              confirmedAt));
      counts.checkIns++;
    }
    return lastAgreed;
  }

  private void open(Planned person, boolean settled) {
    int roll = random.nextInt(100);
    String state =
        !settled || roll < 50 ? "SELF_ASSESSMENT" : roll < 80 ? "MANAGER_ASSESSMENT" : "AGREEING";
    checkIns.add(
        new CheckIn(
            ++checkInId,
            person.id(),
            person.framework(),
            CheckInStep.valueOf(state),
            random.nextInt(100) < 80 ? person.managerId() : person.id(),
            at(today.minusDays(1 + random.nextInt(21)), random),
            null,
            null,
            null,
            null,
            List.of(),
            state.equals("SELF_ASSESSMENT") ? 0 : state.equals("MANAGER_ASSESSMENT") ? 1 : 2,
            null,
            null,
            null));
    counts.checkIns++;
    counts.openCheckIns++;
  }

  void flush() {
    checkIns.flush();
  }
}
