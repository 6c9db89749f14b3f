package org.rungs.framework;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL- and anchor-safe words for a name: {@code "🛠️ Mastery & Craft"} becomes {@code
 * mastery-craft}.
 */
final class Slug {
  private Slug() {}

  // Compiled once: every criterion's id starts with its topic's slug.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");

  static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String lower = MARKS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    return EDGE_DASHES.matcher(NOT_SLUG.matcher(lower).replaceAll("-")).replaceAll("");
  }
}
