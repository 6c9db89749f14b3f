package org.rungs.progression.frameworkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a spreadsheet (one sheet of an .xlsx, or a .csv), each with the address a person
 * would look for: {@code file.xlsx:Sheet1!C7} or {@code file.csv:12:3}. Blank rows are left out.
 */
record Table(List<List<Table.Cell>> rows) {

  /** A cell's text (trimmed, "" when empty) and its address. */
  record Cell(String text, String where) {
    boolean isBlank() {
      return text.isBlank();
    }
  }

  static Table csv(String text, String file) throws IOException {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<Cell>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), CSVFormat.DEFAULT)) {
      for (CSVRecord record : parser) {
        int line = lineAt(content, (int) record.getCharacterPosition());
        List<Cell> cells = new ArrayList<>();
        for (int column = 0; column < record.size(); column++) {
          cells.add(new Cell(record.get(column).strip(), file + ":" + line + ":" + (column + 1)));
        }
        add(rows, cells);
      }
    }
    return new Table(rows);
  }

  /** The named sheet, or the first one; empty if the workbook has no such sheet. */
  static Optional<Table> xlsx(byte[] bytes, String file, String sheetName) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
      if (sheet == null) {
        return Optional.empty();
      }
      DataFormatter formatter = new DataFormatter();
      var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      List<List<Cell>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<Cell> cells = new ArrayList<>();
        for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
          Cell cell =
              new Cell(
                  text(row.getCell(column), formatter, evaluator),
                  file
                      + ":"
                      + sheet.getSheetName()
                      + "!"
                      + new CellReference(row.getRowNum(), column).formatAsString(false));
          cells.add(cell);
        }
        add(rows, cells);
      }
      return Optional.of(new Table(rows));
    }
  }

  private static String text(
      org.apache.poi.ss.usermodel.Cell cell,
      DataFormatter formatter,
      org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
    if (cell == null) {
      return "";
    }
    return formatter.formatCellValue(cell, evaluator).replace("\r\n", "\n").strip();
  }

  private static void add(List<List<Cell>> rows, List<Cell> cells) {
    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
      rows.add(cells);
    }
  }

  private static int lineAt(String text, int position) {
    int line = 1;
    for (int i = 0; i < Math.min(position, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
