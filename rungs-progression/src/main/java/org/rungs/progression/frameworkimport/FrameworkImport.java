package org.rungs.progression.frameworkimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a framework kept in a spreadsheet or in the Financial Times' YAML into a {@link Draft} that
 * writes itself in the Monzo format, with a located {@link ImportProblem} for every cell it cannot
 * place.
 *
 * <pre>{@code
 * FrameworkImport.Imported imported = FrameworkImport.read(bytes, "ladder.xlsx", null);
 * imported.problems().forEach(System.out::println);   // ladder.xlsx:Sheet1!C7: error: ...
 * imported.draft().ifPresent(draft -> write(draft.toMarkdown("/engineering", "Engineering")));
 * }</pre>
 *
 * <p>Spreadsheets ({@code .xlsx}, {@code .csv}) come in two layouts, told apart by their first
 * non-blank row: levels as columns and topics as rows ({@link LevelColumns}), or one row per
 * criterion with topic, level and criterion columns ({@link CriterionRows}). {@code .yml} and
 * {@code .yaml} files are read as the Financial Times' competencies ({@link FinancialTimesYaml}).
 * Stateless and thread-safe.
 */
public final class FrameworkImport {

  /** The draft, if anything could be read, and every problem found. */
  public record Imported(Optional<Draft> draft, List<ImportProblem> problems) {
    public Imported {
      problems = List.copyOf(problems);
    }
  }

  private FrameworkImport() {}

  /**
   * Reads a file's bytes; its name's extension says what it is.
   *
   * @param sheet the sheet of an .xlsx to read, or {@code null} for the first
   */
  public static Imported read(byte[] bytes, String file, String sheet) {
    String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    Draft draft = new Draft(file.substring(file.lastIndexOf('/') + 1));
    List<ImportProblem> problems = new ArrayList<>();
    try {
      switch (extension) {
        case "csv" ->
            table(Table.csv(new String(bytes, StandardCharsets.UTF_8), file), draft, problems);
        case "xlsx", "xlsm" -> {
          Optional<Table> table = Table.xlsx(bytes, file, sheet);
          if (table.isEmpty()) {
            problems.add(new ImportProblem(file, "no sheet named \"" + sheet + "\""));
          } else {
            table(table.get(), draft, problems);
          }
        }
        case "yml", "yaml" ->
            FinancialTimesYaml.read(
                new String(bytes, StandardCharsets.UTF_8), file, draft, problems);
        default ->
            problems.add(
                new ImportProblem(
                    file, "cannot import ." + extension + ": use .xlsx, .csv or .yml"));
      }
    } catch (IOException | RuntimeException unreadable) {
      // POI and commons-csv report damaged files with exceptions of many kinds.
      problems.add(new ImportProblem(file, "cannot read the file: " + unreadable.getMessage()));
      return new Imported(Optional.empty(), problems);
    }
    return new Imported(draft.criteria() == 0 ? Optional.empty() : Optional.of(draft), problems);
  }

  private static void table(Table table, Draft draft, List<ImportProblem> problems) {
    if (table.rows().size() < 2) {
      problems.add(
          new ImportProblem(
              table.rows().isEmpty() ? "(empty)" : table.rows().get(0).get(0).where(),
              "a framework needs a heading row and at least one row below it"));
      return;
    }
    Optional<CriterionRows.Columns> columns = CriterionRows.columns(table.rows().get(0));
    if (columns.isPresent()) {
      CriterionRows.read(table, columns.get(), draft, problems);
    } else {
      LevelColumns.read(table, draft, problems);
    }
  }
}
