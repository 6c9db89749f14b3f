package org.rungs.progression.pay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rungs.framework.Severity;
import org.rungs.progression.ImportProblem;

/**
 * The rows of a CSV file with a header, each located at the line it starts on, as the pay and band
 * imports read them: header names in any order and case, values trimmed, a byte-order mark and rows
 * of empty cells ignored, unknown columns warned about, missing required columns an error.
 */
final class CsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  /** One row: its values by lower-case column name; blank values left out. */
  record Row(int line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }
  }

  private CsvTable() {}

  /** The rows, or none with an error if the header lacks a required column. */
  static List<Row> read(
      String csvText, Set<String> required, Set<String> optional, List<ImportProblem> problems) {
    String text = csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
    List<Row> rows = new ArrayList<>();
    if (text.isBlank()) {
      problems.add(error(1, null, "the file is empty: its first line must name the columns"));
      return rows;
    }
    int[] lineStarts = lineStarts(text);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = records.next().toList().stream().map(CsvTable::name).toList();
      List<String> missing = required.stream().filter(c -> !header.contains(c)).sorted().toList();
      if (!missing.isEmpty()) {
        problems.add(error(1, null, "the header lacks " + String.join(", ", missing)));
        return rows;
      }
      for (String column : header) {
        if (!required.contains(column) && !optional.contains(column)) {
          problems.add(new ImportProblem(1, column, Severity.WARNING, "unknown column, ignored"));
        }
      }
      while (records.hasNext()) {
        CSVRecord record;
        try {
          record = records.next();
        } catch (UncheckedIOException unreadable) {
          problems.add(
              error(
                  (int) parser.getCurrentLineNumber(),
                  null,
                  "a quoted value is never closed or has text after its closing quote;"
                      + " the rest of the file is not read"));
          return rows;
        }
        int line = lineAt(lineStarts, (int) record.getCharacterPosition());
        Map<String, String> values = new LinkedHashMap<>();
        List<String> cells = record.toList();
        if (cells.size() > header.size()
            && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
          problems.add(error(line, null, "the row has more values than the header has columns"));
        }
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
          if (!cells.get(i).isBlank()) {
            values.putIfAbsent(header.get(i), cells.get(i).strip());
          }
        }
        if (!values.isEmpty()) {
          rows.add(new Row(line, values));
        }
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading a string failed", impossible);
    } catch (UncheckedIOException unreadableHeader) {
      // Not the parser's message: it names its own exception class, which the page would show.
      problems.add(
          error(
              1,
              null,
              "the header cannot be read: a quoted name is never closed or has text after its"
                  + " closing quote"));
    }
    return rows;
  }

  static ImportProblem error(int line, String column, String message) {
    return new ImportProblem(line, column, Severity.ERROR, message);
  }

  private static String name(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The line (from 1) of a position; positions of a record are where its first value starts. */
  private static int lineAt(int[] starts, int position) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int middle = (low + high + 1) / 2;
      if (starts[middle] <= position) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1;
  }
}
