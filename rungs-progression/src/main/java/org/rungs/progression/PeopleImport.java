package org.rungs.progression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an organisation from a people file (CSV) and checks every row, reporting all that is wrong
 * rather than the first thing, so that a dry run can list every fix at once.
 *
 * <pre>{@code
 * PeopleImport.Result result = PeopleImport.read(Files.readAllBytes(file), context);
 * result.problems().forEach(System.out::println); // line 4 (level): error: level 7 but ...
 * if (result.isClean()) { ... store result.people() ... }
 * }</pre>
 *
 * <p>The file has a header row naming its columns in any order and case: {@code email}, {@code
 * name}, {@code framework} and {@code level} are required; {@code manager_email}, {@code
 * level_since}, {@code badges} ({@code ;}-separated framework paths) and {@code role} ({@code
 * admin} or {@code member}) are optional; other columns are ignored with a warning. Commas separate
 * values; quotes, line breaks inside quotes, CRLF line ends and a UTF-8 byte-order mark are read as
 * spreadsheets write them. Values are trimmed.
 *
 * <p>Importing is all-or-nothing: a file is to be imported only if its result {@link
 * Result#isClean() is clean}. Stateless and thread-safe; bad input never throws.
 */
public final class PeopleImport {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  private PeopleImport() {}

  /**
   * What a file holds and what is wrong with it.
   *
   * @param people every person whose row has no error, in file order
   * @param problems every problem found, by line
   */
  public record Result(List<PersonRow> people, List<ImportProblem> problems) {
    public Result {
      people = List.copyOf(people);
      problems = problems.stream().sorted(ImportProblem.BY_LINE).toList();
    }

    /** True when there is no error (warnings allowed): the file may be imported. */
    public boolean isClean() {
      return errors().isEmpty();
    }

    public List<ImportProblem> errors() {
      return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
      return problems.stream().filter(problem -> !problem.isError()).toList();
    }
  }

  /**
   * Reads a file's bytes: UTF-8, or failing that Windows-1252 (old Excel "CSV"), with a warning.
   */
  public static Result read(byte[] bytes, ImportContext context) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return read(text, context);
    } catch (CharacterCodingException notUtf8) {
      Result result = read(new String(bytes, Charset.forName("windows-1252")), context);
      List<ImportProblem> problems = new ArrayList<>(result.problems());
      problems.add(
          ImportProblem.warning(
              1,
              null,
              "the file is not UTF-8 and was read as Windows-1252: check names with accents,"
                  + " or save it as \"CSV UTF-8\""));
      return new Result(result.people(), problems);
    }
  }

  public static Result read(String csvText, ImportContext context) {
    String text = csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
    List<ImportProblem> problems = new ArrayList<>();
    if (text.isBlank()) {
      problems.add(
          ImportProblem.error(
              1,
              null,
              "the file is empty: its first line must be a header such as \""
                  + PeopleColumn.fullHeader()
                  + "\""));
      return new Result(List.of(), problems);
    }
    TextLines lines = TextLines.of(text);
    List<RowChecks.Row> rows = new ArrayList<>();
    boolean readToTheEnd = readRows(text, lines, context, rows, problems);
    List<RowChecks.Row> people = firstOfEachPerson(rows, problems);
    if (readToTheEnd) {
      // Managers named further on were never read: checking them would only report noise.
      ReportingLines.check(people, context, problems);
    }
    Set<Integer> linesWithErrors = new HashSet<>();
    problems.stream().filter(ImportProblem::isError).forEach(p -> linesWithErrors.add(p.line()));
    return new Result(
        rows.stream()
            .map(RowChecks.Row::person)
            .filter(person -> person != null && !linesWithErrors.contains(person.line()))
            .toList(),
        problems);
  }

  /** Reads the header and checks each row; false if the file could not be read to its end. */
  private static boolean readRows(
      String text,
      TextLines lines,
      ImportContext context,
      List<RowChecks.Row> rows,
      List<ImportProblem> problems) {
    int lastLine = 0;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        CSVRecord first = records.next();
        int headerLine = lines.lineOfContentAt(first.getCharacterPosition());
        lastLine = (int) parser.getCurrentLineNumber();
        Optional<PeopleHeader> header = PeopleHeader.read(first.toList(), headerLine, problems);
        if (header.isEmpty()) {
          return false;
        }
        RowChecks checks = new RowChecks(header.get(), context, problems);
        while (records.hasNext()) {
          CSVRecord record = records.next();
          List<String> cells = record.toList();
          lastLine = (int) parser.getCurrentLineNumber();
          if (cells.stream().allMatch(String::isBlank)) {
            continue; // spreadsheets end files with rows of empty cells
          }
          rows.add(checks.check(cells, lines.lineOfContentAt(record.getCharacterPosition())));
        }
        if (rows.isEmpty()) {
          problems.add(
              ImportProblem.warning(headerLine, null, "the file has a header but no people"));
        }
        return true;
      } catch (UncheckedIOException unreadable) {
        problems.add(
            ImportProblem.error(
                lines.nextNonBlankLineAfter(lastLine), null, unreadable(unreadable.getCause())));
        return false;
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException("reading a string failed", impossible);
    }
  }

  private static String unreadable(IOException cause) {
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF")) {
      return "a quoted value starts here and never ends; the rest of the file is not read:"
          + " check for a stray \"";
    }
    return "a quoted value is followed by more text before the next comma; the rest of the file"
        + " is not read: write a quote inside a value as two (\"\"), and quote the whole value";
  }

  /** The rows to check managers on: each email's first row; later ones are reported. */
  private static List<RowChecks.Row> firstOfEachPerson(
      List<RowChecks.Row> rows, List<ImportProblem> problems) {
    Map<String, Integer> firstLines = new HashMap<>();
    List<RowChecks.Row> first = new ArrayList<>();
    for (RowChecks.Row row : rows) {
      if (row.email() == null) {
        first.add(row);
        continue;
      }
      Integer earlier = firstLines.putIfAbsent(row.email(), row.line());
      if (earlier == null) {
        first.add(row);
      } else {
        problems.add(
            ImportProblem.error(
                row.line(),
                "email",
                row.email() + " is also on line " + earlier + "; each person appears once"));
      }
    }
    return first;
  }
}
