package org.rungs.framework;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL- and anchor-safe words for a name: {@code "🛠️ Mastery & Craft"} becomes {@code
 * mastery-craft}.
 */
final class Slug {
  private Slug() {}

  static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String slug =
        decomposed
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return slug;
  }
}
