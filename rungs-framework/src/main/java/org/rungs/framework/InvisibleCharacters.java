package org.rungs.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters that look like nothing or like a plain space but are not, usually pasted from a word
 * processor or web page: they break YAML indentation, search and stable criterion ids.
 *
 * <p>Zero-width ones are removed and no-break spaces become plain spaces. The zero-width joiner is
 * left alone: emoji sequences such as 👩‍💼 need it.
 */
final class InvisibleCharacters {

  record Repair(int line, int column, List<String> names) {}

  record Result(String text, List<Repair> repairs) {}

  /** The Unicode name of an invisible character, or {@code null} for any other character. */
  private static String nameOf(char c) {
    // A switch, not a map: this runs for every character of every file.
    return switch (c) {
      case '\u200B' -> "ZERO WIDTH SPACE";
      case '\u2060' -> "WORD JOINER";
      case '\uFEFF' -> "ZERO WIDTH NO-BREAK SPACE";
      case '\u00AD' -> "SOFT HYPHEN";
      case '\u00A0' -> "NO-BREAK SPACE";
      case '\u202F' -> "NARROW NO-BREAK SPACE";
      case '\u2007' -> "FIGURE SPACE";
      default -> null;
    };
  }

  /** What an invisible character becomes: nothing, or a plain space for the no-break ones. */
  private static String replacementOf(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007' ? " " : "";
  }

  private InvisibleCharacters() {}

  static Result repair(String text) {
    StringBuilder out = null;
    List<Repair> repairs = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    Repair current = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        current = null;
      }
      String known = c < 0xA0 ? null : nameOf(c);
      if (known == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      out.append(replacementOf(c));
      String name = String.format("U+%04X %s", (int) c, known);
      if (current == null) {
        current = new Repair(line, i - lineStart + 1, new ArrayList<>(List.of(name)));
        repairs.add(current);
      } else if (!current.names().contains(name)) {
        current.names().add(name);
      }
    }
    return new Result(out == null ? text : out.toString(), repairs);
  }
}
