package org.rungs.progression;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.rungs.framework.EditDistance;

/**
 * The known value a mistyped one most likely meant, for "did you mean" hints, e.g. {@code
 * Closest.path("/engineering/backnd", known)} is {@code /engineering/backend}.
 *
 * <p>Only ever a hint in a message: nothing is corrected silently.
 */
final class Closest {
  private Closest() {}

  /**
   * The known path within 3 edits (and less than half the written path), or failing that one that
   * ends in the same segment: {@code /backend} suggests {@code /engineering/backend}.
   */
  static Optional<String> path(String written, Collection<String> known) {
    Optional<String> near = within(written, known, 3);
    if (near.isPresent()) {
      return near;
    }
    String last = lastSegment(written);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    return known.stream().filter(path -> lastSegment(path).equals(last)).min(byDistanceTo(written));
  }

  /** The known value within {@code edits} edits and less than half the written value's length. */
  static Optional<String> within(String written, Collection<String> known, int edits) {
    String wanted = written.toLowerCase(Locale.ROOT);
    int allowed = Math.min(edits, (wanted.length() - 1) / 2);
    return known.stream()
        .filter(candidate -> !candidate.equals(written))
        .filter(
            candidate ->
                Math.abs(candidate.length() - wanted.length()) <= allowed
                    && EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT)) <= allowed)
        .min(byDistanceTo(written));
  }

  private static Comparator<String> byDistanceTo(String written) {
    String wanted = written.toLowerCase(Locale.ROOT);
    return Comparator.<String>comparingInt(
            candidate -> EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT)))
        .thenComparing(Comparator.naturalOrder());
  }

  private static String lastSegment(String path) {
    String trimmed = path.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
