package org.rungs.progression;

/**
 * Cell values made safe to open in a spreadsheet, against CSV (formula) injection, e.g. {@code
 * CsvCells.safe("=HYPERLINK(\"http://evil\")")} is {@code '=HYPERLINK("http://evil")}.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and some also after a leading tab, carriage return or NUL; OWASP's advice is to prefix
 * such a cell with a single quote, which spreadsheets show as text. Every cell of every export
 * passes through {@link #safe}: names and criteria are typed by people. Imports do not use it, they
 * only trim, so a name that starts with {@code -} imports as written.
 */
public final class CsvCells {
  private CsvCells() {}

  /**
   * The value, prefixed with {@code '} if a spreadsheet could read it as a formula; "" for null.
   */
  public static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + value;
      default -> value;
    };
  }
}
