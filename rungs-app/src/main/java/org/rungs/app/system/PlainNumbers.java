package org.rungs.app.system;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Numbers in addresses and forms (ids, levels, versions) have exactly one spelling: ASCII digits
 * without a sign or a leading zero, e.g. {@code 48}, never {@code 048}, {@code +48}, {@code 0x30},
 * {@code "48 "} or {@code ٤٨}. Spring's own conversion accepted all of those, so one person had
 * many addresses. {@link MalformedIds} makes every request parameter and path variable use this
 * spelling, and a path variable spelled otherwise not found.
 */
public final class PlainNumbers {
  private PlainNumbers() {}

  private static final Pattern PLAIN = Pattern.compile("0|[1-9][0-9]{0,18}");

  /** The number {@code text} spells, if it is written plainly and fits a {@code long}. */
  public static OptionalLong parse(String text) {
    if (text == null || !PLAIN.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException tooBig) {
      return OptionalLong.empty();
    }
  }
}
