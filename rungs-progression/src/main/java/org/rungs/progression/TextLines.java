package org.rungs.progression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line numbers of character positions in a text, counting from 1, with {@code \r\n}, {@code \n} and
 * a lone {@code \r} each ending a line, e.g. position 12 of {@code "email,name\r\nann@..."} is on
 * line 2.
 */
final class TextLines {
  private final String text;
  private final int[] starts;

  private TextLines(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  static TextLines of(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return new TextLines(text, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The line of the first character at or after {@code position} that is not a line break. */
  int lineOfContentAt(long position) {
    int at = (int) Math.min(position, text.length());
    while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
      at++;
    }
    int found = Arrays.binarySearch(starts, at);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  /** The first line after {@code line} with anything but spaces on it, or the last line. */
  int nextNonBlankLineAfter(int line) {
    for (int next = line + 1; next <= starts.length; next++) {
      int end = next < starts.length ? starts[next] : text.length();
      if (!text.substring(starts[next - 1], end).isBlank()) {
        return next;
      }
    }
    return starts.length;
  }
}
