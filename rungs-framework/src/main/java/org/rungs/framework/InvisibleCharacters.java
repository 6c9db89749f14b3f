package org.rungs.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /** Each character, with its Unicode name and what it becomes. */
  private static final Map<Character, String[]> KNOWN =
      Map.of(
          '\u200B', new String[] {"ZERO WIDTH SPACE", ""},
          '\u2060', new String[] {"WORD JOINER", ""},
          '\uFEFF', new String[] {"ZERO WIDTH NO-BREAK SPACE", ""},
          '\u00AD', new String[] {"SOFT HYPHEN", ""},
          '\u00A0', new String[] {"NO-BREAK SPACE", " "},
          '\u202F', new String[] {"NARROW NO-BREAK SPACE", " "},
          '\u2007', new String[] {"FIGURE SPACE", " "});

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
      String[] known = KNOWN.get(c);
      if (known == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      out.append(known[1]);
      String name = String.format("U+%04X %s", (int) c, known[0]);
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
