package org.rungs.progression;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;

/**
 * What a people file is checked against: the frameworks Rungs knows, the people already in it and
 * who manages them, and today's date.
 *
 * <pre>{@code
 * ImportContext context =
 *     ImportContext.of(frameworks, LocalDate.now())
 *         .withExistingPeople(Set.of("cto@example.com"), Map.of());
 * }</pre>
 *
 * <p>Immutable. Emails are lower-cased.
 *
 * @param frameworks the levels of every known framework by path; 0 for a page without levels
 * @param existingPeople the emails of the people already in Rungs
 * @param existingManagers each existing person's manager's email, for those who have one, so that a
 *     file cannot close a reporting loop through people it does not list
 * @param today the date {@code level_since} may not be after
 */
public record ImportContext(
    Map<String, Integer> frameworks,
    Set<String> existingPeople,
    Map<String, String> existingManagers,
    LocalDate today) {

  public ImportContext {
    Objects.requireNonNull(today, "today");
    frameworks = Map.copyOf(frameworks);
    frameworks.forEach(
        (path, levels) -> {
          if (levels < 0) {
            throw new IllegalArgumentException("framework " + path + " has " + levels + " levels");
          }
        });
    existingPeople =
        existingPeople.stream()
            .map(ImportContext::lowerCase)
            .collect(Collectors.toUnmodifiableSet());
    Map<String, String> managers = new LinkedHashMap<>();
    existingManagers.forEach(
        (email, manager) -> managers.put(lowerCase(email), lowerCase(manager)));
    for (String email : managers.keySet()) {
      if (!existingPeople.contains(email)) {
        throw new IllegalArgumentException(
            "existing manager given for " + email + ", who is not an existing person");
      }
    }
    existingManagers = Map.copyOf(managers);
  }

  /** The frameworks of a set, and nobody in Rungs yet. */
  public static ImportContext of(FrameworkSet frameworks, LocalDate today) {
    return new ImportContext(
        frameworks.frameworks().stream()
            .collect(Collectors.toMap(Framework::path, Framework::levels, (a, b) -> a)),
        Set.of(),
        Map.of(),
        today);
  }

  /** The same context with these people already in Rungs, managed as {@code managers} says. */
  public ImportContext withExistingPeople(Set<String> people, Map<String, String> managers) {
    return new ImportContext(frameworks, people, managers, today);
  }

  /**
   * The levels of the framework at {@code path}: absent if unknown, 0 for a page without levels.
   */
  Integer levelsOf(String path) {
    return frameworks.get(path);
  }

  private static String lowerCase(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
