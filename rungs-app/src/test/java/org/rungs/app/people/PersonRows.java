package org.rungs.app.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rungs.progression.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes and reads people straight in the database, for tests of other features that need people
 * without going through the admin pages or an import.
 */
public final class PersonRows {

  private final PersonRepository people;

  public PersonRows(JdbcClient jdbc) {
    this.people = new PersonRepository(jdbc);
  }

  /** Adds a person, as an import would; returns their id. */
  public long insert(NewPerson person) {
    return people.insert(
        new PersonRepository.NewPerson(
            person.email(),
            person.name(),
            person.managerId(),
            person.framework(),
            person.level(),
            person.levelSince(),
            person.role(),
            person.badges(),
            person.passwordHash()));
  }

  public Optional<Person> findById(long id) {
    return people.findById(id);
  }

  public Optional<Person> findByEmail(String email) {
    return people.findByEmail(email);
  }

  public List<Person> findAll() {
    return people.findAll();
  }

  public List<Person> findReportsOf(long managerId) {
    return people.findReportsOf(managerId);
  }

  /** Sets the agreed target level if nobody changed the person since {@code version}. */
  public boolean setTargetLevel(long id, Integer targetLevel, int version) {
    return people.setTargetLevel(id, targetLevel, version);
  }

  public long count() {
    return people.count();
  }

  public Optional<String> passwordHash(String email) {
    return people.passwordHash(email);
  }

  /** A person to add, before they have an id. */
  public record NewPerson(
      String email,
      String name,
      Long managerId,
      String framework,
      Integer level,
      LocalDate levelSince,
      Role role,
      List<String> badges,
      String passwordHash) {}
}
