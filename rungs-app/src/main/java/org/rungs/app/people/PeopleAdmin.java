package org.rungs.app.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Result;
import org.rungs.framework.Framework;
import org.rungs.progression.TextField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people team does to people: add, edit (manager, framework, level, role), record a
 * promotion, deactivate and reactivate. Every change is audited in its transaction and written only
 * if nobody changed the person since the admin read them (a stale version is a conflict that says
 * what is there now). A deactivated person keeps all their data but cannot sign in: their sessions
 * end at once and their tokens stop working until they are reactivated.
 */
@Service
class PeopleAdmin {

  private final PersonRepository people;
  private final LevelHistory levels;
  private final SignInSessions sessions;
  private final FrameworkLibrary frameworks;
  private final AuditTrail audit;
  private final Clock clock = Clock.systemUTC();

  PeopleAdmin(
      PersonRepository people,
      LevelHistory levels,
      SignInSessions sessions,
      FrameworkLibrary frameworks,
      AuditTrail audit) {
    this.people = people;
    this.levels = levels;
    this.sessions = sessions;
    this.frameworks = frameworks;
    this.audit = audit;
  }

  /** Adds a person (without a password: the admin issues one when they are to sign in). */
  @Transactional
  Result<Long> add(Person admin, PersonForm form) {
    Map<String, String> errors = errors(null, form);
    if (!errors.isEmpty()) {
      return Result.refused(invalid(errors));
    }
    LocalDate since = form.level() == null ? null : sinceOrToday(form.levelSince());
    long id =
        people.insert(
            new PersonRepository.NewPerson(
                form.email(),
                form.name(),
                form.managerId(),
                form.framework(),
                form.level(),
                since,
                form.role(),
                List.of(),
                null));
    if (form.level() != null) {
      levels.record(id, form.framework(), form.level(), since, admin.id(), null);
    }
    audit.record(
        admin.id(), "person", Long.toString(id), "created", null, form.email() + " " + form.role());
    return Result.done(id);
  }

  /** Writes an admin's edit of {@code person}, read at {@code version}. */
  @Transactional
  Optional<Refusal> edit(Person admin, Person person, PersonForm form, int version) {
    Map<String, String> errors = errors(person, form);
    if (!errors.isEmpty()) {
      return Optional.of(invalid(errors));
    }
    boolean levelChanged =
        !Objects.equals(person.level(), form.level())
            || !Objects.equals(person.framework(), form.framework());
    LocalDate since =
        form.level() == null
            ? null
            : levelChanged ? sinceOrToday(form.levelSince()) : form.levelSince();
    var edit =
        new PersonRepository.PersonEdit(
            form.email(),
            form.name(),
            form.managerId(),
            form.framework(),
            form.level(),
            since,
            form.role());
    if (person.version() != version || !people.edit(person.id(), edit, version)) {
      return Optional.of(conflict(person.id(), form));
    }
    String id = Long.toString(person.id());
    auditChange(admin, id, "name", person.name(), form.name());
    auditChange(admin, id, "email", person.email(), form.email());
    auditChange(admin, id, "manager", person.managerId(), form.managerId());
    auditChange(admin, id, "framework", person.framework(), form.framework());
    auditChange(admin, id, "level", person.level(), form.level());
    auditChange(admin, id, "role", person.role(), form.role());
    if (levelChanged && form.level() != null) {
      levels.record(person.id(), form.framework(), form.level(), since, admin.id(), null);
    }
    if (person.role() != form.role()) {
      sessions.endAll(person.id());
    }
    return Optional.empty();
  }

  /** Records that {@code person} was promoted to {@code level} on {@code since}. */
  @Transactional
  Optional<Refusal> promote(
      Person admin, Person person, Integer level, LocalDate since, String note, int version) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Framework> framework =
        Optional.ofNullable(person.framework())
            .flatMap(path -> frameworks.current().set().find(path));
    if (framework.isEmpty()) {
      errors.put("level", person.name() + " has no framework to be promoted in: set one first");
    } else if (level == null || !framework.get().hasLevel(level)) {
      errors.put(
          "level",
          "choose a level of " + person.framework() + " (1 to " + framework.get().levels() + ")");
    } else if (person.level() != null && level <= person.level()) {
      errors.put(
          "level",
          "a promotion is to a level above "
              + person.level()
              + "; to correct the level, edit the person");
    }
    if (since != null && since.isAfter(LocalDate.now(clock).plusYears(1))) {
      errors.put("since", "the day is more than a year ahead");
    }
    TextField.LEVEL_NOTE.problem(note).ifPresent(problem -> errors.put("note", problem));
    if (!errors.isEmpty()) {
      return Optional.of(invalid(errors));
    }
    LocalDate day = sinceOrToday(since);
    String clean = note == null || note.isBlank() ? null : note.strip();
    var edit =
        new PersonRepository.PersonEdit(
            person.email(),
            person.name(),
            person.managerId(),
            person.framework(),
            level,
            day,
            person.role());
    if (person.version() != version || !people.edit(person.id(), edit, version)) {
      return Optional.of(conflict(person.id(), PersonForm.of(person)));
    }
    levels.record(person.id(), person.framework(), level, day, admin.id(), clean);
    audit.record(
        admin.id(),
        "person",
        Long.toString(person.id()),
        "promotion",
        person.level() == null ? null : person.level().toString(),
        level + " since " + day);
    return Optional.empty();
  }

  /** Deactivates {@code person}: signed out everywhere at once, their data kept. */
  @Transactional
  Optional<Refusal> deactivate(Person admin, Person person, int version) {
    if (admin.id() == person.id()) {
      return Optional.of(
          new Refusal.Forbidden("you cannot deactivate yourself: ask another admin"));
    }
    if (people.deactivatedAt(person.id()).isPresent()) {
      return Optional.of(new Refusal.Conflict(person.name() + " is already deactivated"));
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    if (!people.setDeactivated(person.id(), now, admin.id(), version)) {
      return Optional.of(conflict(person.id(), PersonForm.of(person)));
    }
    sessions.endAll(person.id());
    audit.record(admin.id(), "person", Long.toString(person.id()), "deactivated", null, null);
    return Optional.empty();
  }

  /** Lets a deactivated {@code person} sign in again, with the password and tokens they had. */
  @Transactional
  Optional<Refusal> reactivate(Person admin, Person person, int version) {
    if (people.deactivatedAt(person.id()).isEmpty()) {
      return Optional.of(new Refusal.Conflict(person.name() + " is active"));
    }
    if (!people.setDeactivated(person.id(), null, null, version)) {
      return Optional.of(conflict(person.id(), PersonForm.of(person)));
    }
    audit.record(admin.id(), "person", Long.toString(person.id()), "reactivated", null, null);
    return Optional.empty();
  }

  private Map<String, String> errors(Person person, PersonForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    TextField.EMAIL.problem(form.email()).ifPresent(problem -> errors.put("email", problem));
    if (!errors.containsKey("email") && !form.email().matches("[^@\\s]+@[^@\\s]+")) {
      errors.put("email", "'" + form.email() + "' is not an email address");
    }
    Optional<Person> holder = people.findByEmail(form.email());
    if (!errors.containsKey("email")
        && holder.isPresent()
        && (person == null || holder.get().id() != person.id())) {
      errors.put("email", holder.get().name() + " already has the email " + form.email());
    }
    if (form.name().isEmpty()) {
      errors.put("name", "a person needs a name");
    }
    TextField.NAME.problem(form.name()).ifPresent(problem -> errors.put("name", problem));
    managerProblem(person, form.managerId()).ifPresent(problem -> errors.put("manager", problem));
    if (form.framework() != null) {
      Optional<Framework> framework = frameworks.current().set().find(form.framework());
      if (framework.isEmpty()) {
        errors.put("framework", "there is no framework " + form.framework());
      } else if (form.level() != null && !framework.get().hasLevel(form.level())) {
        errors.put(
            "level",
            "level "
                + form.level()
                + " is not a level of "
                + form.framework()
                + " (1 to "
                + framework.get().levels()
                + ")");
      }
    } else if (form.level() != null) {
      errors.put("level", "choose a framework for the level");
    }
    return errors;
  }

  /** Why {@code managerId} cannot manage {@code person}: unknown, themselves, or a loop. */
  private Optional<String> managerProblem(Person person, Long managerId) {
    if (managerId == null) {
      return Optional.empty();
    }
    Optional<Person> manager = people.findById(managerId);
    if (manager.isEmpty()) {
      return Optional.of("there is no person " + managerId + " to report to");
    }
    if (person == null) {
      return Optional.empty();
    }
    if (person.id() == managerId) {
      return Optional.of(person.name() + " cannot report to themselves");
    }
    if (people.manages(person.id(), managerId)) {
      return Optional.of(
          manager.get().name()
              + " reports to "
              + person.name()
              + ", so they cannot also be "
              + person.name()
              + "'s manager: that would make a loop");
    }
    return Optional.empty();
  }

  /** Someone else saved first: what the person is now, where it differs from what was sent. */
  private Refusal conflict(long id, PersonForm sent) {
    Person now = people.findById(id).orElseThrow();
    List<String> differences = new ArrayList<>();
    if (!now.name().equals(sent.name())) {
      differences.add("name “" + now.name() + "”");
    }
    if (!now.email().equals(sent.email())) {
      differences.add("email " + now.email());
    }
    if (!Objects.equals(now.managerId(), sent.managerId())) {
      differences.add(
          "manager "
              + (now.managerId() == null
                  ? "nobody"
                  : people.findById(now.managerId()).map(Person::name).orElse("?")));
    }
    if (!Objects.equals(now.framework(), sent.framework())) {
      differences.add("framework " + (now.framework() == null ? "none" : now.framework()));
    }
    if (!Objects.equals(now.level(), sent.level())) {
      differences.add("level " + (now.level() == null ? "none" : now.level()));
    }
    if (now.role() != sent.role()) {
      differences.add("role " + now.role().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (people.deactivatedAt(id).isPresent()) {
      differences.add("deactivated");
    }
    return new Refusal.Conflict(
        "someone else changed "
            + now.name()
            + " while you were editing; nothing you sent was saved"
            + (differences.isEmpty() ? "" : ". Now: " + String.join(", ", differences))
            + ". Check and send again");
  }

  private void auditChange(Person admin, String id, String what, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      audit.record(
          admin.id(),
          "person",
          id,
          what,
          before == null ? null : before.toString(),
          after == null ? null : after.toString());
    }
  }

  private LocalDate sinceOrToday(LocalDate since) {
    return since == null ? LocalDate.now(clock) : since;
  }

  private static Refusal.Invalid invalid(Map<String, String> errors) {
    return new Refusal.Invalid(errors.values().iterator().next(), errors);
  }

  /** The person's level history, oldest first. */
  List<LevelChange> levelHistory(Person person) {
    return levels.of(person.id());
  }

  boolean isDeactivated(Person person) {
    return people.deactivatedAt(person.id()).isPresent();
  }
}
