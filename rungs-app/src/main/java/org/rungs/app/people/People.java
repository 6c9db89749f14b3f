package org.rungs.app.people;

import java.util.List;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.framework.Framework;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features ask about people: the framework a person follows, who reports to whom, who
 * holds a framework; and the one change they make to a person, the agreed target level.
 */
@Service
public class People {

  private final PersonRepository people;
  private final FrameworkLibrary frameworks;
  private final AuditTrail audit;
  private final LevelHistory levels;

  public People(
      PersonRepository people, FrameworkLibrary frameworks, AuditTrail audit, LevelHistory levels) {
    this.people = people;
    this.levels = levels;
    this.frameworks = frameworks;
    this.audit = audit;
  }

  /** The person's framework as it is now, if they have one that exists. */
  public Optional<Framework> frameworkOf(Person person) {
    return Optional.ofNullable(person.framework())
        .flatMap(path -> frameworks.current().set().find(path));
  }

  /** The person with {@code id}, for features that act for the system rather than a viewer. */
  public Optional<Person> find(long id) {
    return people.findById(id);
  }

  /** How many people Rungs holds, deactivated ones included. */
  public long count() {
    return people.count();
  }

  /**
   * A value that changes whenever anyone is added, changed (manager, level, framework, anything) or
   * removed: what a report about everyone, computed once per change, is kept by.
   */
  public Object stamp() {
    return people.stamp();
  }

  /** Everyone, in one query: for jobs and reports about the whole organisation (reminders, pay). */
  public List<Person> everyone() {
    return people.findAll();
  }

  /**
   * Everyone who has not left (no {@code deactivated_at}), in one query: for jobs that act for
   * people, such as reminders, which leavers must not receive.
   */
  public List<Person> active() {
    return people.findActiveOrganisation(null);
  }

  /** The people who report to {@code manager}, directly or not, and have not left. */
  public List<Person> activeReportsOf(Person manager) {
    return people.findActiveOrganisation(manager.id()).stream()
        .filter(person -> person.id() != manager.id())
        .toList();
  }

  /**
   * The people who report to {@code manager} directly and have not left: one query on the manager
   * index, however many are further below.
   */
  public List<Person> activeDirectReportsOf(Person manager) {
    return people.findActiveDirectReports(manager.id());
  }

  /** Whether person {@code id} exists and has not left: only they are sent notifications. */
  public boolean isActive(long id) {
    return people.findById(id).isPresent() && people.deactivatedAt(id).isEmpty();
  }

  /** The person who signs in with {@code email}, if any (framework owners are named by email). */
  public Optional<Person> byEmail(String email) {
    return people.findByEmail(email);
  }

  /** The current level of each of these people who has one, by id. */
  public java.util.Map<Long, Integer> levels(List<Long> ids) {
    java.util.Map<Long, Integer> levels = new java.util.HashMap<>();
    // In slices: databases limit how many values one IN list may hold.
    for (int from = 0; from < ids.size(); from += 1000) {
      people.levels(ids.subList(from, Math.min(ids.size(), from + 1000))).forEach(levels::put);
    }
    return levels;
  }

  /** The person with this id, if any. */
  public Optional<Person> byId(long id) {
    return people.findById(id);
  }

  /** Everyone who reports to {@code manager}, directly or through their reports' managers. */
  public List<Person> reportsOf(Person manager) {
    return people.findReportsOf(manager.id());
  }

  /**
   * The active people of the organisation {@code viewer} may overview: everyone for admins, else
   * the viewer and everyone below them; deactivated people are left out.
   */
  public List<Person> organisationOf(Person viewer) {
    return people.findActiveOrganisation(viewer.isAdmin() ? null : viewer.id());
  }

  /** The name of person {@code id}, to say who did something; empty if there is no such person. */
  public Optional<String> nameOf(Long id) {
    return id == null ? Optional.empty() : people.findById(id).map(Person::name);
  }

  /** The levels {@code person} held, oldest first: promotions and admins' edits of the level. */
  public List<LevelChange> levelHistory(Person person) {
    return levels.of(person.id());
  }

  /** The ids of everyone who progresses in {@code framework} or holds it as a badge. */
  public List<Long> following(String framework) {
    return people.idsFollowing(framework);
  }

  /**
   * Sets the target level {@code actor} agreed with {@code person} ({@code null}: none), and audits
   * it; part of the caller's transaction.
   *
   * @throws IllegalStateException if the person was changed meanwhile, to undo the caller's work
   */
  @Transactional
  public void agreeTargetLevel(Person actor, Person person, Integer targetLevel) {
    Person fresh = people.findById(person.id()).orElseThrow();
    if (!people.setTargetLevel(person.id(), targetLevel, fresh.version())) {
      throw new IllegalStateException("the person changed while the agreement was recorded");
    }
    audit.record(
        actor.id(),
        "person",
        Long.toString(person.id()),
        "target-level",
        String.valueOf(person.targetLevel()),
        String.valueOf(targetLevel));
  }
}
