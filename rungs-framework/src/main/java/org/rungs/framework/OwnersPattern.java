package org.rungs.framework;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS pattern as a regular expression over framework paths without their leading slash,
 * e.g. {@code /engineering/} as {@code engineering/.+}. Stateless and thread-safe.
 */
final class OwnersPattern {

  private OwnersPattern() {}

  /** Why a pattern cannot be used, if it cannot: the syntax CODEOWNERS does not support. */
  static Optional<String> problem(String pattern) {
    if (pattern.startsWith("!")) {
      return Optional.of(
          "'" + pattern + "': negated patterns ('!') are not supported; this line is skipped");
    }
    if (pattern.contains("[") || pattern.contains("]")) {
      return Optional.of(
          "'" + pattern + "': character ranges ('[...]') are not supported; this line is skipped");
    }
    if (pattern.equals("/")) {
      return Optional.of("'/' names no framework: write '*' for every framework");
    }
    return Optional.empty();
  }

  static Pattern compile(String pattern) {
    boolean under = pattern.endsWith("/");
    String glob = under ? pattern.substring(0, pattern.length() - 1) : pattern;
    boolean anchored = glob.contains("/");
    if (glob.startsWith("/")) {
      glob = glob.substring(1);
    }
    boolean oneLevel = glob.endsWith("/*");
    StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (under) {
      regex.append("/.+");
    } else if (!oneLevel) {
      regex.append("(?:/.*)?");
    }
    return Pattern.compile(regex.toString());
  }
}
