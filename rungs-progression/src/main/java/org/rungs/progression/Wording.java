package org.rungs.progression;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rungs.framework.EditDistance;

/**
 * How alike two criteria are worded, from 0 to 1, e.g. a typo fix in "Reviews code promtly and
 * kindly" leaves it 0.97 alike.
 *
 * <p>Both texts are first reduced to their words: lower case, compatibility characters folded,
 * Markdown marks and punctuation gone. Then the measure is a normalised Levenshtein distance on
 * characters, one minus the edits over the longer length, rather than a token measure such as
 * Jaccard on words. Why: the edits that should keep an assessment are small ones, and a character
 * measure scales with the size of the edit. A typo fix costs one character, but to Jaccard it costs
 * a whole word twice over, so "Reviews code promtly" fixed scores 0.5 and would lose its
 * assessments. One word changed in ten stays near 0.9 with either measure. Levenshtein penalises
 * reordered words, which errs on the side of "changed since assessed", the safe side.
 */
final class Wording {
  private Wording() {}

  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The words of a criterion, for comparing: {@code "**Writes** tests."} is {@code "writes tests"}.
   */
  static String words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORDS.matcher(folded).replaceAll(" ").strip();
  }

  /** How alike the words of two criteria are, from 0 to 1 (the same words). */
  static double similarity(String a, String b) {
    return EditDistance.similarity(words(a), words(b));
  }
}
