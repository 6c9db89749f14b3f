package org.rungs.progression;

import java.util.Optional;

/**
 * Which characters people's text may hold, e.g. {@code TextCharacters.refused("Ann\u0007", false)}
 * is {@code "a control character (U+0007) at character 4"}.
 *
 * <p>Refused everywhere: control characters (C0 and C1) other than tab, line feed and carriage
 * return, noncharacters such as U+FFFE, and halves of a surrogate pair without their other half.
 * XML cannot hold them, so a PDF of a name or note with one failed for good; PostgreSQL cannot
 * store U+0000 at all. Single-line text (names, emails, links) also refuses tab and line breaks,
 * and the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that make a
 * link or a name display in another order than it reads, e.g. {@code
 * https://example.com/‮moc.live}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCharacters {
  private TextCharacters() {}

  /** The first character {@code text} may not hold, described with its position; empty if none. */
  public static Optional<String> refused(String text, boolean multiLine) {
    int position = 0;
    for (int index = 0; index < text.length(); ) {
      int c = text.codePointAt(index);
      index += Character.charCount(c);
      position++;
      String kind = kind(c, multiLine);
      if (kind != null) {
        return Optional.of(kind + " (" + codePoint(c) + ") at character " + position);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} with each character that no text may hold replaced by U+FFFD, for documents made
   * from what was stored before these rules existed. Tab, line feed and carriage return are kept.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int index = 0; index < text.length(); ) {
      int c = text.codePointAt(index);
      int width = Character.charCount(c);
      if (kind(c, true) != null) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, index);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      index += width;
    }
    return out == null ? text : out.toString();
  }

  private static String kind(int c, boolean multiLine) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return multiLine ? null : (c == '\t' ? "a tab" : "a line break");
    }
    if (Character.getType(c) == Character.CONTROL) {
      return "a control character";
    }
    if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
      return "half of a character (a lone surrogate)";
    }
    if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
      return "a noncharacter";
    }
    if (!multiLine && (c == 0x2028 || c == 0x2029)) {
      return "a line break";
    }
    if (!multiLine && isBidiControl(c)) {
      return "a bidirectional control character";
    }
    return null;
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
