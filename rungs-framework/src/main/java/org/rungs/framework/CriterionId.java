package org.rungs.framework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identity of a criterion, e.g. {@code communication-3f2a9c1b}: assessments are keyed by
 * it, and pages use it as the criterion's anchor.
 *
 * <p>Unless the file gives one explicitly, it is derived from the topic's name and the criterion's
 * wording alone (case, spacing and trailing punctuation ignored), so it survives reordering, moving
 * between files and edits to other criteria. Rewording a criterion changes its derived id.
 */
public record CriterionId(String value) {

  public CriterionId {
    Objects.requireNonNull(value, "value");
    if (!valid(value)) {
      throw new IllegalArgumentException(
          "a criterion id has letters, digits, '.', '_' and '-' only, got \"" + value + "\"");
    }
  }

  /**
   * A letter or digit, then up to 120 letters, digits, '.', '_' or '-' (ASCII only). Checked by
   * hand rather than with a regular expression: the team page makes an id for every assessment it
   * counts, thousands per request, and matching the expression showed up in its profile.
   */
  private static boolean valid(String value) {
    if (value.isEmpty() || value.length() > 121 || !letterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The id Rungs derives for a criterion of {@code topicName} worded {@code text}. */
  public static CriterionId derive(String topicName, String text) {
    String topic = Slug.of(topicName);
    if (topic.isEmpty()) {
      topic = "topic";
    }
    if (topic.length() > 60) {
      topic = topic.substring(0, 60);
    }
    return new CriterionId(topic + "-" + hash(normalise(text)));
  }

  /** The same id with a suffix, for a second criterion that would otherwise share it. */
  CriterionId withSuffix(String suffix) {
    return new CriterionId(value + "-" + suffix);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:!]+$");

  /**
   * The wording criteria are matched and hashed by: lower case, each run of whitespace one space,
   * trailing spaces and {@code .,;:!} removed. Ids are stored, so this must give exactly what the
   * two expressions above give; it does so by hand because `rungs build` and every compare page
   * call it for each criterion, and the expressions were a tenth of a build's profile. Text with a
   * line separator other than CR or LF (which {@code $} treats specially) takes the expressions.
   */
  static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder spaced = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return normaliseByExpressions(text);
      }
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (!inSpace) {
          spaced.append(' ');
        }
        inSpace = true;
      } else {
        spaced.append(c);
        inSpace = false;
      }
    }
    int end = spaced.length();
    while (end > 0 && ". ,;:!".indexOf(spaced.charAt(end - 1)) >= 0) {
      end--;
    }
    return spaced.substring(0, end).strip();
  }

  static String normaliseByExpressions(String text) {
    String spaced = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return TRAILING_PUNCTUATION.matcher(spaced).replaceAll("").strip();
  }

  // One digest per thread: looking SHA-256 up among the security providers for every criterion
  // showed in `rungs build`'s profile. digest() resets it for the next use.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
              throw new IllegalStateException("every Java runtime has SHA-256", impossible);
            }
          });

  private static String hash(String text) {
    byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 4);
  }

  @Override
  public String toString() {
    return value;
  }
}
