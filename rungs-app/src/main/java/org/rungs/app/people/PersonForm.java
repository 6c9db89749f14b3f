package org.rungs.app.people;

import java.time.LocalDate;
import org.rungs.progression.Role;

/**
 * What an admin types to add or edit a person, as typed (so a refused form comes back with it).
 *
 * @param managerId who they report to, or {@code null} at the top
 * @param levelSince the day they reached their level; {@code null} means today when it changes
 */
public record PersonForm(
    String email,
    String name,
    Long managerId,
    String framework,
    Integer level,
    LocalDate levelSince,
    Role role) {

  public PersonForm {
    email = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    name = name == null ? "" : name.strip();
    framework = framework == null || framework.isBlank() ? null : framework.strip();
    role = role == null ? Role.MEMBER : role;
  }

  /** The form filled with {@code person} as they are. */
  public static PersonForm of(Person person) {
    return new PersonForm(
        person.email(),
        person.name(),
        person.managerId(),
        person.framework(),
        person.level(),
        person.levelSince(),
        person.role());
  }

  static PersonForm empty() {
    return new PersonForm("", "", null, null, null, null, Role.MEMBER);
  }
}
