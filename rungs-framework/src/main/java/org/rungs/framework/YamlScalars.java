package org.rungs.framework;

import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * New YAML scalars for text, written so that reading them back gives exactly that text: in the
 * style of their neighbours where that style can hold it safely, else double-quoted with escapes.
 * Stateless and thread-safe.
 */
final class YamlScalars {

  /**
   * Plain scalars Rungs dares to write: starts with a letter or digit, no characters that mean
   * something to YAML in block or flow context, no ": " or " #".
   */
  private static final Pattern SAFE_PLAIN =
      Pattern.compile("[\\p{L}\\p{N}][^:#,\\[\\]{}\"'\\n\\r\\t\\\\]*");

  private static final CoreSchema SCHEMA = new CoreSchema();

  private YamlScalars() {}

  /** {@code text} as a scalar in {@code style} if it can be written so, else double-quoted. */
  static String of(String text, Optional<ScalarStyle> style) {
    ScalarStyle wanted = style.orElse(ScalarStyle.DOUBLE_QUOTED);
    if (wanted == ScalarStyle.PLAIN && plainSafe(text)) {
      return text;
    }
    if (wanted == ScalarStyle.SINGLE_QUOTED && text.chars().allMatch(YamlScalars::printable)) {
      return "'" + text.replace("'", "''") + "'";
    }
    return doubleQuoted(text);
  }

  static boolean plainSafe(String text) {
    return SAFE_PLAIN.matcher(text).matches()
        && text.equals(text.strip())
        && text.codePoints().allMatch(YamlScalars::printable)
        && Tag.STR.equals(SCHEMA.getScalarResolver().resolve(text, true));
  }

  static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                  if (printable(c)) {
                    out.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    out.append(String.format("\\x%02X", c));
                  } else {
                    out.append(String.format("\\u%04X", c));
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /** Characters that YAML lets stand as themselves in quotes (and that survive line folding). */
  private static boolean printable(int c) {
    return (c >= 0x20 && c < 0x7F)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || c >= 0x10000;
  }
}
