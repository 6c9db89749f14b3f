package org.rungs.framework;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text that was UTF-8, was read as Mac Roman or Windows-1252 and saved again, e.g. {@code ‚ôæÔ∏è}
 * for {@code ♾️} or {@code â€™} for {@code ’}.
 *
 * <p>A run of characters is repaired only when mapping it back to single bytes gives a complete,
 * valid UTF-8 multi-byte sequence: real accented text almost never does, so false repairs are rare.
 * Stateless and thread-safe.
 */
final class Mojibake {

  /** One repaired run: where it started (1-based), what was written and what it meant. */
  record Repair(int line, int column, String written, String meant) {}

  record Result(String text, List<Repair> repairs) {}

  private static final List<Map<Character, Integer>> CODE_PAGES =
      List.of(bytesOf(Charset.forName("x-MacRoman")), bytesOf(Charset.forName("windows-1252")));

  private Mojibake() {}

  static Result repair(String text) {
    StringBuilder out = null;
    List<Repair> repairs = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
      int consumed = 0;
      String meant = null;
      if (c >= 0x80) {
        for (Map<Character, Integer> codePage : CODE_PAGES) {
          consumed = sequenceAt(text, i, codePage);
          if (consumed > 0) {
            meant = decode(text, i, consumed, codePage);
            break;
          }
        }
      }
      if (meant == null) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      int start = i;
      int end = i + consumed;
      // Join adjacent repaired sequences into one reported run (an emoji and its variation
      // selector, say), so a line gets one warning per mis-encoded word, not per byte sequence.
      if (!repairs.isEmpty()) {
        Repair last = repairs.get(repairs.size() - 1);
        if (last.line() == line
            && last.column() - 1 + lineStart + last.written().length() == start) {
          repairs.set(
              repairs.size() - 1,
              new Repair(
                  line,
                  last.column(),
                  last.written() + text.substring(start, end),
                  last.meant() + meant));
          out.append(meant);
          i = end;
          continue;
        }
      }
      repairs.add(new Repair(line, start - lineStart + 1, text.substring(start, end), meant));
      out.append(meant);
      i = end;
    }
    return new Result(out == null ? text : out.toString(), repairs);
  }

  /** The length of the mis-encoded UTF-8 sequence starting at {@code start}, or 0 if none. */
  private static int sequenceAt(String text, int start, Map<Character, Integer> codePage) {
    Integer lead = codePage.get(text.charAt(start));
    if (lead == null) {
      return 0;
    }
    int length;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
    } else {
      return 0;
    }
    if (start + length > text.length()) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      Integer b = codePage.get(text.charAt(start + k));
      if (b == null || b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return decode(text, start, length, codePage) == null ? 0 : length;
  }

  private static String decode(String text, int start, int length, Map<Character, Integer> page) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      bytes[k] = (byte) (int) page.get(text.charAt(start + k));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return isPlausible(decoded) ? decoded : null;
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  /**
   * Whether a decoded sequence is something people write, not an accident of correct text: "“é" in
   * Mac Roman happens to be the bytes of a Cyrillic letter, "É’" in Windows-1252 those of an IPA
   * symbol. Real mis-encoded framework text decodes to Latin letters, punctuation, symbols and
   * emoji, so only those are repaired.
   */
  private static boolean isPlausible(String decoded) {
    int codePoint = decoded.codePointAt(0);
    return (codePoint >= 0xA0 && codePoint <= 0x17F)
        || (codePoint >= 0x2000 && codePoint <= 0x2BFF)
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || (codePoint >= 0x1F000 && codePoint <= 0x1FAFF);
  }

  /** The byte each non-ASCII character of a single-byte code page stands for. */
  private static Map<Character, Integer> bytesOf(Charset codePage) {
    Map<Character, Integer> bytes = new HashMap<>();
    for (int b = 0x80; b <= 0xFF; b++) {
      String decoded = new String(new byte[] {(byte) b}, codePage);
      char c = decoded.charAt(0);
      // ASCII look-alikes and unmapped bytes could never have been produced by mis-decoding.
      if (decoded.length() == 1 && c != '\uFFFD' && c >= 0x80) {
        bytes.put(c, b);
      }
    }
    return Map.copyOf(bytes);
  }
}
