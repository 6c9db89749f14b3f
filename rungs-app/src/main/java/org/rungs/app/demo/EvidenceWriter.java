package org.rungs.app.demo;

import static org.rungs.app.demo.Chance.at;
import static org.rungs.app.demo.Chance.some;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.framework.Criterion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes people's evidence, in batches: a few items each, linked to 1 to 3 criteria of their level
 * or the next. Ids are given here, counting from 1.
 */
final class EvidenceWriter {
  private final Random random;
  private final LocalDate today;
  private final Counts counts;
  private final InsertBatch evidence;
  private final InsertBatch evidenceCriteria;
  private long evidenceId;

  EvidenceWriter(JdbcTemplate jdbc, Random random, LocalDate today, Counts counts) {
    this.random = random;
    this.today = today;
    this.counts = counts;
    this.evidence =
        new InsertBatch(
            jdbc,
            "insert into evidence (id, person_id, note, link, happened_on, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)",
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT);
    this.evidenceCriteria =
        new InsertBatch(
                jdbc,
                "insert into evidence_criterion (evidence_id, criterion_id) values (?, ?)",
                Types.BIGINT,
                Types.VARCHAR)
            .after(evidence);
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
      evidence.add(
          id,
          person.id(),
          note,
          link,
          happened,
          at(happened.plusDays(random.nextInt(Math.min(10, daysAgo))), random),
          byManager ? person.managerId() : person.id());
      for (Criterion criterion : some(linkable, 1 + random.nextInt(3), random)) {
        evidenceCriteria.add(id, criterion.id().value());
      }
      counts.evidence++;
    }
  }

  void flush() {
    evidence.flush();
    evidenceCriteria.flush();
  }
}
