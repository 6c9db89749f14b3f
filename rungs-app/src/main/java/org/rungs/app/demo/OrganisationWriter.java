package org.rungs.app.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.framework.Criterion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes planned people and what they did, in batches; {@link #flush} before each commit. Ids are
 * the planned ones, or given by the writers counting from 1, so that rows can refer to each other
 * without reading keys back.
 *
 * <p>All writers draw from one {@link Random}, in a fixed order per person, so that the same seed
 * writes the same rows.
 */
final class OrganisationWriter {
  private final Catalogue catalogue;
  private final Counts counts = new Counts();
  private final InsertBatch persons;
  private final InsertBatch badges;
  private final CheckInWriter checkIns;
  private final AssessmentWriter assessments;
  private final EvidenceWriter evidence;

  OrganisationWriter(
      JdbcTemplate jdbc,
      Catalogue catalogue,
      long seed,
      LocalDate today,
      java.util.Map<Long, Integer> leniency) {
    this.catalogue = catalogue;
    Random random = new Random(seed * 7919 + 17);
    this.persons =
        new InsertBatch(
            jdbc,
            "insert into person (id, email, name, manager_id, framework, level, level_since,"
                + " target_level, role) values (?, ?, ?, ?, ?, ?, ?, ?, 'MEMBER')",
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.INTEGER,
            Types.DATE,
            Types.INTEGER);
    this.badges =
        new InsertBatch(
                jdbc,
                "insert into person_badge (person_id, framework) values (?, ?)",
                Types.BIGINT,
                Types.VARCHAR)
            .after(persons);
    this.assessments = new AssessmentWriter(jdbc, random, today, counts, leniency);
    this.evidence = new EvidenceWriter(jdbc, random, today, counts);
    this.checkIns = new CheckInWriter(jdbc, random, today, counts);
  }

  void person(Planned person) {
    persons.add(
        person.id(),
        person.email(),
        person.name(),
        person.managerId(),
        person.framework(),
        person.level(),
        person.levelSince(),
        person.targetLevel());
    for (String badge : person.badges()) {
      badges.add(person.id(), badge);
    }
  }

  /** Their check-ins, assessments and evidence; run after every person is written. */
  void activity(Planned person) {
    String framework = person.framework();
    int levels = catalogue.criteria.get(framework).size();
    List<Criterion> current = catalogue.at(framework, person.level());
    List<Criterion> next = catalogue.at(framework, person.level() + 1);
    boolean head = person.managerId() == null;
    // New joiners (no agreed check-in yet) have at most their own first views.
    boolean settled = person.targetLevel() != null;
    OffsetDateTime lastAgreed = checkIns.write(person, levels, current, next, settled, head);
    if (settled || head) {
      assessments.write(person, current, next, head, lastAgreed);
    }
    evidence.write(person, current, next, settled, head);
  }

  Counts counts() {
    return counts;
  }

  /** Sends what is waiting, parents before the rows that refer to them. */
  void flush() {
    persons.flush();
    badges.flush();
    assessments.flush();
    evidence.flush();
    checkIns.flush();
  }
}
