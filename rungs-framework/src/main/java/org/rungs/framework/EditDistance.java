package org.rungs.framework;

/**
 * The Levenshtein distance between two strings: the fewest single-character insertions, deletions
 * and substitutions that turn one into the other, e.g. {@code EditDistance.between("backnd",
 * "backend")} is 1.
 *
 * <p>Counts UTF-16 chars, which is exact for the Latin text of paths, emails and criteria and at
 * worst one edit too many for a character outside the Basic Multilingual Plane. It lives in the
 * format library so that the validator, the progression rules and the app share one measure.
 */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * How alike two strings are, from 0 (nothing in common) to 1 (equal): one minus the distance over
   * the longer length, so {@code "promtly"} and {@code "promptly"} are 0.875 alike.
   */
  public static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) between(a, b) / longer;
  }
}
