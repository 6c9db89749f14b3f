package org.rungs.app.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.rungs.app.demo.DemoOrganisation.Planned;
import org.rungs.app.people.PeopleBulk;
import org.rungs.app.people.Person;
import org.rungs.framework.Criterion;
import org.rungs.progression.Role;

/**
 * Writes planned people and what they did, in batches through the features that own the tables;
 * {@link #flush} before each commit. Ids are the planned ones, or given by the writers counting
 * from 1, so that rows can refer to each other without reading keys back.
 *
 * <p>All writers draw from one {@link Random}, in a fixed order per person, so that the same seed
 * writes the same rows.
 */
final class OrganisationWriter {
  private final Catalogue catalogue;
  private final Counts counts = new Counts();
  private final PeopleBulk.Batch persons;
  private final CheckInWriter checkIns;
  private final AssessmentWriter assessments;
  private final EvidenceWriter evidence;

  OrganisationWriter(
      DemoTables tables,
      Catalogue catalogue,
      long seed,
      LocalDate today,
      java.util.Map<Long, Integer> leniency) {
    this.catalogue = catalogue;
    Random random = new Random(seed * 7919 + 17);
    this.persons = tables.people().batch();
    this.assessments =
        new AssessmentWriter(tables.assessments().batch(), random, today, counts, leniency);
    this.evidence = new EvidenceWriter(tables.evidence().batch(), random, today, counts);
    this.checkIns = new CheckInWriter(tables.checkIns().batch(), random, today, counts);
  }

  void person(Planned person) {
    persons.add(
        new Person(
            person.id(),
            person.email(),
            person.name(),
            person.managerId(),
            person.framework(),
            person.level(),
            person.levelSince(),
            person.targetLevel(),
            Role.MEMBER,
            person.badges(),
            0));
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
    assessments.flush();
    evidence.flush();
    checkIns.flush();
  }
}
