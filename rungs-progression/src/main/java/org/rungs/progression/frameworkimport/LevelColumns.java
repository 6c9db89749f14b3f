package org.rungs.progression.frameworkimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout (a): a heading row of levels, then one row per topic, the topic in the first column and
 * each level's criteria in that level's column, one a line. A blank topic cell continues the topic
 * above it (merged cells read so).
 */
final class LevelColumns {

  private LevelColumns() {}

  static void read(Table table, Draft draft, List<ImportProblem> problems) {
    List<Table.Cell> heading = table.rows().get(0);
    List<Integer> levels = new ArrayList<>();
    for (int column = 1; column < heading.size(); column++) {
      Table.Cell cell = heading.get(column);
      levels.add(cell.isBlank() ? 0 : draft.level(cell.text()));
    }
    String topic = null;
    for (List<Table.Cell> row : table.rows().subList(1, table.rows().size())) {
      if (!row.get(0).isBlank()) {
        topic = row.get(0).text();
      }
      for (int column = 1; column < row.size(); column++) {
        Table.Cell cell = row.get(column);
        if (cell.isBlank()) {
          continue;
        }
        int level = column - 1 < levels.size() ? levels.get(column - 1) : 0;
        if (level == 0) {
          problems.add(
              new ImportProblem(cell.where(), "no level heading above this cell; left out"));
        } else if (topic == null) {
          problems.add(
              new ImportProblem(
                  cell.where(), "no topic in the first column of this row or above; left out"));
        } else {
          place(cell, topic, level, draft, problems);
        }
      }
    }
  }

  private static void place(
      Table.Cell cell, String topic, int level, Draft draft, List<ImportProblem> problems) {
    List<String> orphans = new ArrayList<>();
    for (CriterionLines.Written criterion : CriterionLines.of(cell.text(), orphans)) {
      draft.add(topic, level, criterion.text(), criterion.examples());
    }
    for (String orphan : orphans) {
      problems.add(
          new ImportProblem(
              cell.where(),
              "example \"" + orphan + "\" comes before any criterion in this cell; left out"));
    }
  }
}
