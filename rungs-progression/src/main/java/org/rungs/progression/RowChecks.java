package org.rungs.progression;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the values of one row of a people file on their own, e.g. that {@code level} 7 is a level
 * of the row's framework. What needs the other rows (duplicates, managers, reporting loops) is
 * checked by {@link PeopleImport} and {@link ReportingLines}.
 */
final class RowChecks {

  /**
   * One row, read as far as it could be.
   *
   * @param email the lower-cased email, or {@code null} if missing or not an address
   * @param managerEmail the lower-cased manager's email, or {@code null} if none or not an address
   * @param person the person, or {@code null} if any value of the row is wrong
   */
  record Row(int line, String email, String managerEmail, PersonRow person) {}

  /**
   * Valid-ish, as people write addresses: no spaces, one {@code @}, a host of letters, digits,
   * hyphens and dots. A dotless host ({@code ann@intranet}) is allowed for self-hosted sites.
   */
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@<>(),;:\"\\[\\]]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

  private final PeopleHeader header;
  private final ImportContext context;
  private final List<ImportProblem> problems;

  RowChecks(PeopleHeader header, ImportContext context, List<ImportProblem> problems) {
    this.header = header;
    this.context = context;
    this.problems = problems;
  }

  Row check(List<String> cells, int line) {
    int before = problems.size();
    if (cells.size() > header.width()
        && cells.subList(header.width(), cells.size()).stream().anyMatch(s -> !s.isBlank())) {
      error(
          line,
          null,
          "the row has "
              + cells.size()
              + " values but the header has "
              + header.width()
              + " columns; quote values that contain commas, e.g. \"Lee, Ann\"");
    }
    String email = email(line, cells, PeopleColumn.EMAIL);
    String name = required(line, cells, PeopleColumn.NAME);
    if (name != null && (name.contains("\n") || name.contains("\r"))) {
      error(line, "name", "name has a line break in it");
    } else if (name != null) {
      TextField.NAME.problem(name).ifPresent(problem -> error(line, "name", problem));
    }
    String manager = email(line, cells, PeopleColumn.MANAGER_EMAIL);
    String framework = framework(line, cells);
    Integer level = level(line, cells, framework);
    LocalDate since = since(line, cells);
    List<String> badges = badges(line, cells);
    Role role = role(line, cells);
    PersonRow person =
        problems.subList(before, problems.size()).stream().anyMatch(ImportProblem::isError)
            ? null
            : new PersonRow(line, email, name, manager, framework, level, since, badges, role);
    return new Row(line, email, manager, person);
  }

  private String email(int line, List<String> cells, PeopleColumn column) {
    String value =
        column.required() ? required(line, cells, column) : optional(cells, column).orElse(null);
    if (value == null) {
      return null;
    }
    Optional<String> unusable = TextField.EMAIL.problem(value);
    if (unusable.isPresent()) {
      error(line, column.header(), unusable.get());
      return null;
    }
    if (!EMAIL.matcher(value).matches() || value.startsWith(".") || value.endsWith(".")) {
      error(line, column.header(), "\"" + value + "\" is not an email address");
      return null;
    }
    return value.toLowerCase(Locale.ROOT);
  }

  private String framework(int line, List<String> cells) {
    String path = required(line, cells, PeopleColumn.FRAMEWORK);
    if (path == null) {
      return null;
    }
    Integer levels = context.levelsOf(path);
    if (levels == null) {
      error(line, "framework", "unknown framework \"" + path + "\"" + didYouMean(path));
      return null;
    }
    if (levels == 0) {
      error(
          line,
          "framework",
          path + " is a page without levels; people are placed on a levelled framework");
      return null;
    }
    return path;
  }

  private Integer level(int line, List<String> cells, String framework) {
    String written = required(line, cells, PeopleColumn.LEVEL);
    if (written == null) {
      return null;
    }
    Integer levels = framework == null ? null : context.levelsOf(framework);
    if (!WHOLE_NUMBER.matcher(written).matches()) {
      error(
          line,
          "level",
          "level \""
              + written
              + "\" is not a whole number"
              + (levels == null ? "" : " from 1 to " + levels));
      return null;
    }
    int level = Integer.parseInt(written);
    if (level < 1) {
      error(line, "level", "level " + level + " but levels count from 1");
      return null;
    }
    if (levels != null && level > levels) {
      error(
          line,
          "level",
          "level "
              + level
              + " but "
              + framework
              + " has "
              + levels
              + (levels == 1 ? " level" : " levels"));
      return null;
    }
    return level;
  }

  private LocalDate since(int line, List<String> cells) {
    Optional<String> written = optional(cells, PeopleColumn.LEVEL_SINCE);
    if (written.isEmpty()) {
      return null;
    }
    LocalDate since;
    try {
      since = LocalDate.parse(written.get(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException notADate) {
      error(
          line,
          "level_since",
          "level_since \"" + written.get() + "\" is not a date written yyyy-mm-dd");
      return null;
    }
    if (since.isAfter(context.today())) {
      error(
          line,
          "level_since",
          "level_since " + since + " is in the future (today is " + context.today() + ")");
      return null;
    }
    return since;
  }

  private List<String> badges(int line, List<String> cells) {
    List<String> badges = new ArrayList<>();
    for (String badge : optional(cells, PeopleColumn.BADGES).orElse("").split(";")) {
      String path = badge.strip();
      if (path.isEmpty() || badges.contains(path)) {
        continue;
      }
      if (context.levelsOf(path) == null) {
        error(line, "badges", "unknown badge framework \"" + path + "\"" + didYouMean(path));
      }
      badges.add(path);
    }
    return badges;
  }

  private Role role(int line, List<String> cells) {
    Optional<String> written = optional(cells, PeopleColumn.ROLE);
    if (written.isEmpty()) {
      return Role.MEMBER;
    }
    Optional<Role> role = Role.parse(written.get());
    if (role.isEmpty()) {
      error(line, "role", "role \"" + written.get() + "\" is neither admin nor member");
    }
    return role.orElse(null);
  }

  private String didYouMean(String path) {
    return Closest.path(path, context.frameworks().keySet())
        .map(closest -> "; did you mean \"" + closest + "\"?")
        .orElse("");
  }

  private String required(int line, List<String> cells, PeopleColumn column) {
    Optional<String> value = optional(cells, column);
    if (value.isEmpty()) {
      error(line, column.header(), column.header() + " is missing; every person needs one");
    }
    return value.orElse(null);
  }

  private Optional<String> optional(List<String> cells, PeopleColumn column) {
    String value = header.value(cells, column);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private void error(int line, String column, String message) {
    problems.add(ImportProblem.error(line, column, message));
  }
}
