package org.rungs.progression.frameworkimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Layout (b): a heading row naming a topic, a level and a criterion column (and optionally an
 * examples column), then one row per criterion. A blank topic or level continues the one above.
 * Levels are numbered in the order they are first met, unless they are all numbers.
 */
final class CriterionRows {

  private static final Set<String> TOPIC =
      Set.of("topic", "area", "category", "competency", "theme", "pillar", "dimension", "skill");
  private static final Set<String> LEVEL = Set.of("level", "grade", "band", "rung");
  private static final Set<String> CRITERION =
      Set.of(
          "criterion",
          "criteria",
          "behaviour",
          "behavior",
          "behaviours",
          "behaviors",
          "expectation",
          "expectations",
          "description",
          "text",
          "summary",
          "statement");
  private static final Set<String> EXAMPLES = Set.of("examples", "example", "evidence");

  /** The columns of a heading row that has this layout's three. */
  record Columns(int topic, int level, int criterion, int examples) {}

  private CriterionRows() {}

  static Optional<Columns> columns(List<Table.Cell> heading) {
    int topic = find(heading, TOPIC);
    int level = find(heading, LEVEL);
    int criterion = find(heading, CRITERION);
    return topic < 0 || level < 0 || criterion < 0
        ? Optional.empty()
        : Optional.of(new Columns(topic, level, criterion, find(heading, EXAMPLES)));
  }

  static void read(Table table, Columns columns, Draft draft, List<ImportProblem> problems) {
    List<List<Table.Cell>> rows = table.rows().subList(1, table.rows().size());
    boolean numbered =
        rows.stream()
            .map(row -> cell(row, columns.level()))
            .filter(cell -> !cell.isBlank())
            .allMatch(cell -> number(cell.text()).isPresent());
    if (numbered) {
      int highest =
          rows.stream()
              .map(row -> number(cell(row, columns.level()).text()))
              .flatMap(Optional::stream)
              .max(Integer::compare)
              .orElse(0);
      for (int level = 1; level <= highest; level++) {
        draft.level(Integer.toString(level));
      }
    }
    String topic = null;
    String levelName = null;
    for (List<Table.Cell> row : rows) {
      Table.Cell text = cell(row, columns.criterion());
      Table.Cell topicCell = cell(row, columns.topic());
      Table.Cell levelCell = cell(row, columns.level());
      topic = topicCell.isBlank() ? topic : topicCell.text();
      levelName = levelCell.isBlank() ? levelName : levelCell.text();
      if (text.isBlank()) {
        problems.add(new ImportProblem(text.where(), "no criterion in this row; left out"));
      } else if (topic == null) {
        problems.add(new ImportProblem(topicCell.where(), "no topic for this criterion; left out"));
      } else if (levelName == null) {
        problems.add(new ImportProblem(levelCell.where(), "no level for this criterion; left out"));
      } else if (numbered && number(levelName).orElse(0) < 1) {
        problems.add(
            new ImportProblem(
                levelCell.where(), "level " + levelName + " is not 1 or more; left out"));
      } else {
        int level = numbered ? number(levelName).orElseThrow() : draft.level(levelName);
        List<String> examples =
            columns.examples() < 0
                ? List.of()
                : CriterionLines.examples(cell(row, columns.examples()).text());
        draft.add(topic, level, text.text(), examples);
      }
    }
  }

  private static Table.Cell cell(List<Table.Cell> row, int column) {
    if (column < row.size()) {
      return row.get(column);
    }
    String where = row.get(0).where();
    return new Table.Cell("", where + " (column " + (column + 1) + ")");
  }

  /** "3", "L3", "Level 3" as 3. */
  static Optional<Integer> number(String level) {
    String digits = level.strip().toLowerCase(Locale.ROOT).replaceFirst("^(level|l)\\s*", "");
    return digits.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
  }

  private static int find(List<Table.Cell> heading, Set<String> names) {
    for (int column = 0; column < heading.size(); column++) {
      String name = heading.get(column).text().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (names.contains(name)) {
        return column;
      }
    }
    return -1;
  }
}
