package org.rungs.app.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.progression.ImportContext;
import org.rungs.progression.PeopleImport;
import org.rungs.progression.PersonRow;
import org.rungs.progression.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from CSV, all or nothing: a file with any error imports nobody, and a dry run
 * reports every problem without writing. People already in Rungs (by email) are updated.
 */
@Service
public class PeopleImporter {

  /** What an import did, or would do. */
  public record Report(PeopleImport.Result checked, int added, int updated, boolean written) {}

  private final PersonRepository people;
  private final FrameworkLibrary frameworks;
  private final AuditTrail audit;
  private final SignInSessions sessions;

  public PeopleImporter(
      PersonRepository people,
      FrameworkLibrary frameworks,
      AuditTrail audit,
      SignInSessions sessions) {
    this.people = people;
    this.frameworks = frameworks;
    this.audit = audit;
    this.sessions = sessions;
  }

  /** Checks the file; writes it if it is clean and {@code dryRun} is false. */
  @Transactional
  public Report importCsv(byte[] csv, boolean dryRun, Long actorId) {
    List<Person> existing = people.findAll();
    Map<Long, String> emailsById =
        existing.stream().collect(Collectors.toMap(Person::id, Person::email));
    Map<String, String> managers = new HashMap<>();
    for (Person person : existing) {
      if (person.managerId() != null) {
        managers.put(person.email(), emailsById.get(person.managerId()));
      }
    }
    Set<String> emails = Set.copyOf(emailsById.values());
    ImportContext context =
        ImportContext.of(frameworks.current().set(), LocalDate.now())
            .withExistingPeople(emails, managers);
    PeopleImport.Result checked = PeopleImport.read(csv, context);
    int added =
        (int) checked.people().stream().filter(row -> !emails.contains(row.email())).count();
    int updated = checked.people().size() - added;
    if (dryRun || !checked.isClean()) {
      return new Report(checked, added, updated, false);
    }
    Map<String, Long> ids = new HashMap<>();
    Map<String, Person> before = new HashMap<>();
    existing.forEach(
        person -> {
          ids.put(person.email(), person.id());
          before.put(person.email(), person);
        });
    for (PersonRow row : checked.people()) {
      Role role = row.role();
      if (ids.containsKey(row.email())) {
        long id = ids.get(row.email());
        people.update(
            id, row.name(), row.framework(), row.level(), row.levelSince(), role, row.badges());
        Person was = before.get(row.email());
        if (was.role() != role) {
          // A session holds what its owner could do when it began: a new role starts afresh.
          sessions.endAll(id);
        }
        audit.record(
            actorId,
            "person",
            Long.toString(id),
            "imported",
            describe(
                was.email(),
                was.framework(),
                was.level(),
                was.managerId() == null ? null : emailsById.get(was.managerId())),
            describe(row));
      } else {
        long id =
            people.insert(
                new PersonRepository.NewPerson(
                    row.email(),
                    row.name(),
                    null,
                    row.framework(),
                    row.level(),
                    row.levelSince(),
                    role,
                    row.badges(),
                    null));
        ids.put(row.email(), id);
        audit.record(actorId, "person", Long.toString(id), "imported", null, describe(row));
      }
    }
    // Managers last, when everyone in the file has an id.
    for (PersonRow row : checked.people()) {
      people.setManager(
          ids.get(row.email()), row.managerEmail() == null ? null : ids.get(row.managerEmail()));
    }
    return new Report(checked, added, updated, true);
  }

  private static String describe(PersonRow row) {
    return describe(row.email(), row.framework(), row.level(), row.managerEmail());
  }

  /** A person as the audit trail shows them before and after an import. */
  private static String describe(String email, String framework, Integer level, String manager) {
    return email
        + " "
        + framework
        + " level "
        + level
        + (manager == null ? "" : " reports to " + manager);
  }
}
