package org.rungs.app.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Result;
import org.rungs.framework.Framework;
import org.rungs.progression.TextField;
import org.rungs.progression.WebLink;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding evidence: by the person or their manager, about criteria of the person's framework, with a
 * safe link. Bad input is answered with every field's problem at once.
 */
@Service
public class EvidenceLog {

  /** Evidence to add, as sent. */
  public record NewEvidence(
      String note, String link, LocalDate happenedOn, List<String> criterionIds) {}

  private final EvidenceRepository evidence;
  private final PersonAccess access;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  public EvidenceLog(
      EvidenceRepository evidence, PersonAccess access, People people, AuditTrail audit) {
    this.evidence = evidence;
    this.access = access;
    this.people = people;
    this.audit = audit;
    this.clock = Clock.systemDefaultZone();
  }

  public List<Evidence> recent(Person person, int limit) {
    return evidence.findByPerson(person.id(), limit);
  }

  @Transactional
  /** Adds the evidence; the new evidence's id, or why not (by field where a field is at fault). */
  public Result<Long> add(Person actor, Person person, NewEvidence added) {
    if (actor.id() != person.id() && !access.managesOrAdministers(actor, person)) {
      return Result.refused(
          new Refusal.Forbidden(
              "only " + person.name() + " or their manager can add their evidence"));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String note = added.note() == null ? "" : added.note().strip();
    String link = added.link() == null ? "" : added.link().strip();
    if (note.isEmpty() && link.isEmpty()) {
      errors.put("note", "write a note or give a link (or both)");
    }
    TextField.EVIDENCE_NOTE.problem(note).ifPresent(problem -> errors.put("note", problem));
    if (!link.isEmpty()) {
      WebLink.problem(link).ifPresent(problem -> errors.put("link", problem));
    }
    LocalDate day = added.happenedOn() == null ? LocalDate.now(clock) : added.happenedOn();
    if (day.isAfter(LocalDate.now(clock))) {
      errors.put(
          "happenedOn", "evidence is about something that happened: " + day + " is in the future");
    }
    Set<String> criteria =
        new LinkedHashSet<>(added.criterionIds() == null ? List.of() : added.criterionIds());
    if (criteria.isEmpty()) {
      errors.put("criterionIds", "say which criteria this shows (one or more)");
    }
    Framework framework = people.frameworkOf(person).orElse(null);
    if (framework == null) {
      errors.put("criterionIds", person.name() + " has no framework yet");
    } else {
      Map<String, ?> known = framework.criteriaById();
      List<String> unknown = criteria.stream().filter(id -> !known.containsKey(id)).toList();
      if (!unknown.isEmpty()) {
        errors.put(
            "criterionIds",
            "not criteria of " + person.framework() + ": " + String.join(", ", unknown));
      }
    }
    if (!errors.isEmpty()) {
      return Result.refused(new Refusal.Invalid("the evidence is not valid", errors));
    }
    long id =
        evidence.insert(
            person.id(),
            note.isEmpty() ? null : note,
            link.isEmpty() ? null : link,
            day,
            List.copyOf(criteria),
            actor.id());
    audit.record(
        actor.id(), "evidence", Long.toString(id), "added", null, person.id() + " " + criteria);
    return Result.done(id);
  }
}
