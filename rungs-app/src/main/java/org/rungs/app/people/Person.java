package org.rungs.app.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rungs.progression.Role;

/**
 * Someone who progresses in a framework: who they report to, the framework (and badge frameworks)
 * they progress in, and their level.
 *
 * @param managerId the person they report to, or {@code null} at the top
 * @param framework the path of their framework, e.g. {@code /engineering/backend}, or {@code null}
 * @param level their current level in it, or {@code null} if not yet set
 * @param levelSince the day they reached that level, or {@code null}
 * @param targetLevel the level agreed to aim for, or {@code null}
 * @param version increases with every change, so two edits cannot silently overwrite each other
 */
public record Person(
    long id,
    String email,
    String name,
    Long managerId,
    String framework,
    Integer level,
    LocalDate levelSince,
    Integer targetLevel,
    Role role,
    List<String> badges,
    int version)
    implements java.io.Serializable {

  public Person {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    badges = List.copyOf(badges);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
