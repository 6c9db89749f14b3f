package org.rungs.progression;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column of a people file is, read from its header row, e.g. {@code
 * email,Name,level,framework} puts {@code level} third. Columns may come in any order; names are
 * compared ignoring case.
 */
final class PeopleHeader {
  private static final String EXAMPLE = "\"email,name,manager_email,framework,level\"";

  private final Map<PeopleColumn, Integer> positions;
  private final int width;

  private PeopleHeader(Map<PeopleColumn, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * The header of {@code cells}, found on {@code line}; empty, with errors added to {@code
   * problems}, when rows cannot be read with it.
   */
  static Optional<PeopleHeader> read(List<String> cells, int line, List<ImportProblem> problems) {
    Map<PeopleColumn, Integer> positions = new EnumMap<>(PeopleColumn.class);
    boolean unreadable = false;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      Optional<PeopleColumn> column = PeopleColumn.named(cell);
      if (column.isEmpty()) {
        continue;
      }
      Integer earlier = positions.putIfAbsent(column.get(), i);
      if (earlier != null) {
        unreadable = true;
        problems.add(
            ImportProblem.error(
                line,
                column.get().header(),
                "column \""
                    + column.get().header()
                    + "\" appears twice in the header (columns "
                    + (earlier + 1)
                    + " and "
                    + (i + 1)
                    + ")"));
      }
    }
    if (positions.isEmpty()) {
      problems.add(ImportProblem.error(line, null, noHeader(cells)));
      return Optional.empty();
    }
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (cell.isEmpty()) {
        problems.add(
            ImportProblem.warning(line, null, "column " + (i + 1) + " has no name; it is ignored"));
      } else if (PeopleColumn.named(cell).isEmpty()) {
        problems.add(
            ImportProblem.warning(
                line, cell, "column \"" + cell + "\" is not one Rungs imports; it is ignored"));
      }
    }
    for (PeopleColumn column : PeopleColumn.values()) {
      if (column.required() && !positions.containsKey(column)) {
        unreadable = true;
        problems.add(
            ImportProblem.error(
                line,
                column.header(),
                "the header has no \""
                    + column.header()
                    + "\" column; it needs email, name, framework and level"));
      }
    }
    return unreadable ? Optional.empty() : Optional.of(new PeopleHeader(positions, cells.size()));
  }

  /** Why a header that names no known column cannot be one. */
  private static String noHeader(List<String> cells) {
    String first = cells.isEmpty() ? "" : cells.get(0);
    if (cells.size() == 1 && first.contains(";")) {
      return "the header is one column, \""
          + first
          + "\": the file looks semicolon-separated; save it as comma-separated CSV";
    }
    if (cells.size() == 1 && first.contains("\t")) {
      return "the header is one column, \""
          + first.replace("\t", "\\t")
          + "\": the file looks tab-separated; save it as comma-separated CSV";
    }
    if (cells.stream().anyMatch(cell -> cell.contains("@"))) {
      return "the first line looks like a person, not a header: the file must start with the"
          + " column names, e.g. "
          + EXAMPLE;
    }
    return "the header names none of the columns Rungs imports ("
        + PeopleColumn.fullHeader().replace(",", ", ")
        + ")";
  }

  /** The row's value in {@code column}, stripped; "" when the column or the value is missing. */
  String value(List<String> row, PeopleColumn column) {
    Integer position = positions.get(column);
    return position == null || position >= row.size() ? "" : row.get(position).strip();
  }

  /** How many columns the header has; a row with more non-blank values is misaligned. */
  int width() {
    return width;
  }
}
