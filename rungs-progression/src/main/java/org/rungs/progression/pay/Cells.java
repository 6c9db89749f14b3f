package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.rungs.progression.ImportProblem;

/** Reads one typed value of a CSV row, reporting at the row's line and column what is wrong. */
final class Cells {

  /** Plain amounts as spreadsheets export them: no currency signs, thousands separators allowed. */
  private static final Pattern AMOUNT =
      Pattern.compile("[0-9]{1,3}(,?[0-9]{3}){0,4}(\\.[0-9]{1,4})?");

  private Cells() {}

  static Integer wholeNumber(CsvTable.Row row, String column, List<ImportProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    if (!value.matches("[0-9]{1,3}")) {
      problems.add(
          CsvTable.error(row.line(), column, column + " \"" + value + "\" is not a whole number"));
      return null;
    }
    return Integer.parseInt(value);
  }

  static BigDecimal amount(CsvTable.Row row, String column, List<ImportProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      problems.add(CsvTable.error(row.line(), column, column + " is missing"));
      return null;
    }
    if (!AMOUNT.matcher(value).matches()) {
      problems.add(
          CsvTable.error(
              row.line(),
              column,
              column + " \"" + value + "\" is not an amount such as 52000 or 52,000.50"));
      return null;
    }
    return new BigDecimal(value.replace(",", ""));
  }

  static LocalDate date(CsvTable.Row row, String column, List<ImportProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      problems.add(CsvTable.error(row.line(), column, column + " is missing"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      problems.add(
          CsvTable.error(
              row.line(), column, column + " \"" + value + "\" is not a date written yyyy-mm-dd"));
      return null;
    }
  }

  static Currency currency(CsvTable.Row row, String column, List<ImportProblem> problems) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      return Currency.getInstance(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      problems.add(
          CsvTable.error(
              row.line(),
              column,
              "currency \"" + value + "\" is not an ISO 4217 code such as GBP or EUR"));
      return null;
    }
  }
}
