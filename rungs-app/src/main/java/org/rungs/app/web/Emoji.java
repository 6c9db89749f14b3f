package org.rungs.app.web;

/**
 * The emoji a title starts with, whole: {@code "👩‍💼 Leadership"} gives {@code 👩‍💼}, not half a
 * surrogate pair. Java 17 has no emoji property, so this knows the blocks real titles use.
 */
public final class Emoji {
  private Emoji() {}

  /** The leading emoji sequence of {@code title}, or the empty string if it has none. */
  public static String leading(String title) {
    if (title == null) {
      return "";
    }
    String text = title.stripLeading();
    int end = 0;
    boolean expectEmoji = true;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      if (expectEmoji) {
        if (!isPictographic(codePoint)) {
          break;
        }
        end += Character.charCount(codePoint);
        if (isRegionalIndicator(codePoint) && end < text.length()) {
          int second = text.codePointAt(end);
          if (isRegionalIndicator(second)) {
            end += Character.charCount(second);
          }
        }
        expectEmoji = false;
      } else if (isModifier(codePoint)) {
        end += Character.charCount(codePoint);
      } else if (codePoint == 0x200D) {
        end += 1;
        expectEmoji = true;
      } else {
        break;
      }
    }
    // A dangling joiner is not part of the emoji.
    String emoji = text.substring(0, end);
    return emoji.endsWith("\u200D") ? emoji.substring(0, emoji.length() - 1) : emoji;
  }

  /** {@code title} without its leading emoji, for places that show the icon on its own. */
  public static String withoutLeading(String title) {
    String emoji = leading(title);
    return emoji.isEmpty() ? title.strip() : title.stripLeading().substring(emoji.length()).strip();
  }

  private static boolean isPictographic(int c) {
    return (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x2600 && c <= 0x27BF)
        || (c >= 0x2B00 && c <= 0x2BFF)
        || (c >= 0x2190 && c <= 0x21FF)
        || (c >= 0x2300 && c <= 0x23FF)
        || (c >= 0x2900 && c <= 0x297F)
        || (c >= 0x25A0 && c <= 0x25FF)
        || c == 0x3030
        || c == 0x303D
        || c == 0x3297
        || c == 0x3299
        || c == 0x00A9
        || c == 0x00AE
        || c == 0x2122
        || c == 0x2139
        || c == 0x203C
        || c == 0x2049;
  }

  private static boolean isRegionalIndicator(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
  }

  private static boolean isModifier(int c) {
    return c == 0xFE0F
        || c == 0xFE0E
        || c == 0x20E3
        || (c >= 0x1F3FB && c <= 0x1F3FF)
        || (c >= 0xE0020 && c <= 0xE007F);
  }
}
