package org.rungs.progression;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One person as a people file describes them, checked, e.g. line 3: {@code ann@example.com}, "Ann
 * Lee", managed by {@code bob@example.com}, level 3 of {@code /engineering/backend} since
 * 2024-04-01, member.
 *
 * <p>Immutable. Emails are lower-case, so they compare as people compare them.
 *
 * @param line the file line the person's row starts on, for messages about it later
 * @param managerEmail the manager's email, or {@code null} for someone without a manager
 * @param framework the path of the levelled framework the person is placed on
 * @param level the person's level in it, from 1
 * @param levelSince when the person reached the level, or {@code null} if the file does not say
 * @param badges paths of the other frameworks (badges) the person holds
 */
public record PersonRow(
    int line,
    String email,
    String name,
    String managerEmail,
    String framework,
    int level,
    LocalDate levelSince,
    List<String> badges,
    Role role) {

  public PersonRow {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(role, "role");
    if (line < 1 || level < 1 || email.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException(
          "impossible person: line "
              + line
              + ", email \""
              + email
              + "\", name \""
              + name
              + "\", level "
              + level);
    }
    email = email.toLowerCase(Locale.ROOT);
    managerEmail = managerEmail == null ? null : managerEmail.toLowerCase(Locale.ROOT);
    badges = List.copyOf(badges);
  }
}
