package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.progression.ImportProblem;

/**
 * Salary bands as CSV, for admins who keep them in a spreadsheet: {@code
 * framework,level,zone,currency,min,max,effective_from}, one band a row.
 *
 * <pre>{@code
 * framework,level,zone,currency,min,max,effective_from
 * /engineering/*,2,london,GBP,45000,60000,2026-01-01
 * }</pre>
 *
 * <p>{@code zone} may be left empty for everywhere. Reading reports every bad row at its line, as
 * the people import does, and is all-or-nothing: import only a {@link Result#isClean() clean}
 * result. Writing gives back what reading takes. Stateless and thread-safe; bad input never throws.
 */
public final class BandsCsv {

  static final List<String> COLUMNS =
      List.of("framework", "level", "zone", "currency", "min", "max", "effective_from");

  private BandsCsv() {}

  public record Result(List<SalaryBand> bands, List<ImportProblem> problems) {
    public Result {
      bands = List.copyOf(bands);
      problems = problems.stream().sorted(ImportProblem.BY_LINE).toList();
    }

    public boolean isClean() {
      return problems.stream().noneMatch(ImportProblem::isError);
    }
  }

  /**
   * @param frameworks the levels of each known framework by path, to check paths and levels
   *     against; a group scope ({@code /engineering/*}) is not checked
   */
  public static Result read(String csvText, Map<String, Integer> frameworks) {
    List<ImportProblem> problems = new ArrayList<>();
    List<CsvTable.Row> rows =
        CsvTable.read(
            csvText,
            Set.of("framework", "level", "currency", "min", "max", "effective_from"),
            Set.of("zone"),
            problems);
    List<SalaryBand> bands = new ArrayList<>();
    Map<SalaryBand, Integer> lines = new HashMap<>();
    for (CsvTable.Row row : rows) {
      Optional<SalaryBand> band = band(row, frameworks, problems);
      if (band.isEmpty()) {
        continue;
      }
      Optional<String> conflict = Optional.empty();
      for (SalaryBand earlier : bands) {
        conflict = SalaryBands.conflict(earlier, band.get());
        if (conflict.isPresent()) {
          conflict = Optional.of(conflict.get() + " (line " + lines.get(earlier) + ")");
          break;
        }
      }
      if (conflict.isPresent()) {
        problems.add(CsvTable.error(row.line(), "effective_from", conflict.get()));
      } else {
        bands.add(band.get());
        lines.put(band.get(), row.line());
      }
    }
    return new Result(bands, problems);
  }

  private static Optional<SalaryBand> band(
      CsvTable.Row row, Map<String, Integer> frameworks, List<ImportProblem> problems) {
    int before = problems.size();
    int line = row.line();
    String scope = row.get("framework");
    Integer level = Cells.wholeNumber(row, "level", problems);
    if (scope != null && !scope.endsWith("*") && !frameworks.containsKey(scope)) {
      problems.add(CsvTable.error(line, "framework", "unknown framework \"" + scope + "\""));
    } else if (scope != null
        && level != null
        && frameworks.containsKey(scope)
        && level > frameworks.get(scope)) {
      problems.add(
          CsvTable.error(
              line,
              "level",
              "level " + level + " but " + scope + " has " + frameworks.get(scope) + " levels"));
    }
    String zone = Optional.ofNullable(row.get("zone")).orElse(SalaryBand.ANY_ZONE);
    Currency currency = Cells.currency(row, "currency", problems);
    BigDecimal min = Cells.amount(row, "min", problems);
    BigDecimal max = Cells.amount(row, "max", problems);
    LocalDate from = Cells.date(row, "effective_from", problems);
    if (problems.size() > before
        || scope == null
        || level == null
        || currency == null
        || min == null
        || max == null
        || from == null) {
      if (problems.size() == before) {
        problems.add(CsvTable.error(line, null, "the row lacks framework, level or currency"));
      }
      return Optional.empty();
    }
    String problem = SalaryBand.problem(scope, level, zone, min, max);
    if (problem != null) {
      problems.add(CsvTable.error(line, null, problem));
      return Optional.empty();
    }
    return Optional.of(new SalaryBand(scope, level, zone, currency, min, max, from));
  }

  /**
   * The bands as a file {@link #read} takes back, oldest first. No cell can start with {@code =},
   * {@code +}, {@code -} or {@code @}: scopes start with / or *, zones with a letter or digit,
   * amounts are not negative. So no spreadsheet formula can hide in it.
   */
  public static String write(SalaryBands bands) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (SalaryBand band : bands.all()) {
      csv.append(band.scope())
          .append(',')
          .append(band.level())
          .append(',')
          .append(band.zone().equals(SalaryBand.ANY_ZONE) ? "" : quoted(band.zone()))
          .append(',')
          .append(band.currency().getCurrencyCode())
          .append(',')
          .append(band.min().toPlainString())
          .append(',')
          .append(band.max().toPlainString())
          .append(',')
          .append(band.effectiveFrom())
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String quoted(String zone) {
    return zone.contains(" ") ? "\"" + zone + "\"" : zone;
  }
}
