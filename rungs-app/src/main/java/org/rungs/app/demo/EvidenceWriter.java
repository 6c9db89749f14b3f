package org.rungs.app.demo;

import static org.rungs.app.demo.Chance.at;
import static org.rungs.app.demo.Chance.some;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.evidence.EvidenceBulk;
import org.rungs.framework.Criterion;

/**
 * Writes people's evidence, in batches: a few items each, linked to 1 to 3 criteria of their level
 * or the next. Ids are given here, counting from 1.
 */
final class EvidenceWriter {
  private final Random random;
  private final LocalDate today;
  private final Counts counts;
  private final EvidenceBulk.Batch evidence;
  private long evidenceId;

  EvidenceWriter(EvidenceBulk.Batch evidence, Random random, LocalDate today, Counts counts) {
    this.random = random;
    this.today = today;
    this.counts = counts;
    this.evidence = evidence;
  }

  /** Writes {@code person}'s evidence: new joiners have at most one item. */
  void write(
      Planned person,
      List<Criterion> current,
      List<Criterion> next,
      boolean settled,
      boolean head) {
    int items = settled ? 1 + random.nextInt(4) : random.nextInt(100) < 40 ? 1 : 0;
    List<Criterion> linkable = new ArrayList<>(current);
    linkable.addAll(next);
    for (int i = 0; i < items && !linkable.isEmpty(); i++) {
      long id = ++evidenceId;
      int daysAgo = 3 + random.nextInt(360);
      LocalDate happened = today.minusDays(daysAgo);
      String note = Notes.evidenceNote(person.framework(), random);
      String link =
          random.nextInt(100) < 40
              ? "https://git.example.com/"
                  + Notes.SYSTEMS.get(random.nextInt(Notes.SYSTEMS.size()))
                  + "/pull/"
                  + (100 + random.nextInt(9000))
              : null;
      boolean byManager = !head && random.nextInt(100) < 15;
      OffsetDateTime createdAt =
          at(happened.plusDays(random.nextInt(Math.min(10, daysAgo))), random);
      List<String> criteria =
          some(linkable, 1 + random.nextInt(3), random).stream()
              .map(criterion -> criterion.id().value())
              .toList();
      evidence.add(
          new Evidence(
              id,
              person.id(),
              note,
              link,
              happened,
              criteria,
              byManager ? person.managerId() : person.id()),
          createdAt);
      counts.evidence++;
    }
  }

  void flush() {
    evidence.flush();
  }
}
