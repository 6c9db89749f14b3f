package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.progression.ImportProblem;

/**
 * Reads people's pay histories from a pay file (CSV), one pay change a row, and reports every bad
 * row at its line, as the people import does.
 *
 * <pre>{@code
 * email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,sex
 * ann@example.com,2025-01-06,hire,GBP,45000,1,,london,female
 * ann@example.com,2026-04-01,review,GBP,52000,0.8,3000,london,
 * }</pre>
 *
 * <p>{@code email}, {@code effective_from}, {@code reason} (hire, promotion, sub-level move,
 * review, market adjustment), {@code currency} and {@code base_salary} (annual, at the full-time
 * rate) are required; {@code fte} (default 1), {@code variable_pay} (default 0), {@code zone}
 * (default none) and {@code sex} (also headed {@code gender}; see {@link Sex} for the values and
 * how the pay-gap figures treat them) are optional. A person's sex may be given on any of their
 * rows, and must not differ between them. An error message names a row's line and column but never
 * repeats a salary from another person's row.
 *
 * <p>All-or-nothing: import only a {@link Result#isClean() clean} result. Stateless and
 * thread-safe; bad input never throws.
 */
public final class PayImport {

  private PayImport() {}

  /** One person's pay as the file gives it. */
  public record PayRecord(String email, Sex sex, PayHistory history) {}

  public record Result(List<PayRecord> people, List<ImportProblem> problems) {
    public Result {
      people = List.copyOf(people);
      problems = problems.stream().sorted(ImportProblem.BY_LINE).toList();
    }

    public boolean isClean() {
      return problems.stream().noneMatch(ImportProblem::isError);
    }
  }

  /**
   * @param people the emails of the people in Rungs, lower-case: pay is only for them
   */
  public static Result read(String csvText, Set<String> people) {
    List<ImportProblem> problems = new ArrayList<>();
    List<CsvTable.Row> rows =
        CsvTable.read(
            csvText,
            Set.of("email", "effective_from", "reason", "currency", "base_salary"),
            Set.of("fte", "variable_pay", "zone", "sex", "gender"),
            problems);
    Map<String, List<PayChange>> changes = new LinkedHashMap<>();
    Map<String, Sex> sexes = new HashMap<>();
    Map<String, Integer> sexLines = new HashMap<>();
    Map<String, Integer> changeLines = new HashMap<>();
    for (CsvTable.Row row : rows) {
      int before = problems.size();
      String email = email(row, people, problems);
      Optional<Sex> sex = sex(row, problems);
      Optional<PayChange> change = change(row, problems);
      if (problems.size() > before || email == null || change.isEmpty()) {
        continue;
      }
      String key = email + " " + change.get().effectiveFrom();
      Integer earlier = changeLines.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(
            CsvTable.error(
                row.line(),
                "effective_from",
                email
                    + " already has a pay change from "
                    + change.get().effectiveFrom()
                    + " on line "
                    + earlier
                    + "; one date, one change"));
        continue;
      }
      if (sex.isPresent()) {
        Sex given = sexes.putIfAbsent(email, sex.get());
        if (given != null && given != sex.get()) {
          problems.add(
              CsvTable.error(
                  row.line(),
                  row.get("sex") == null ? "gender" : "sex",
                  "says "
                      + sex.get().label()
                      + " but line "
                      + sexLines.get(email)
                      + " says "
                      + given.label()
                      + " for the same person"));
          continue;
        }
        sexLines.putIfAbsent(email, row.line());
      }
      changes.computeIfAbsent(email, e -> new ArrayList<>()).add(change.get());
    }
    List<PayRecord> records = new ArrayList<>();
    changes.forEach(
        (email, list) ->
            records.add(
                new PayRecord(
                    email, sexes.getOrDefault(email, Sex.UNDISCLOSED), PayHistory.of(list))));
    return new Result(records, problems);
  }

  private static String email(CsvTable.Row row, Set<String> people, List<ImportProblem> problems) {
    String email = row.get("email");
    if (email == null) {
      problems.add(CsvTable.error(row.line(), "email", "email is missing"));
      return null;
    }
    String lower = email.toLowerCase(Locale.ROOT);
    if (!people.contains(lower)) {
      problems.add(
          CsvTable.error(row.line(), "email", "no one in Rungs has the email \"" + email + "\""));
      return null;
    }
    return lower;
  }

  private static Optional<Sex> sex(CsvTable.Row row, List<ImportProblem> problems) {
    String column = row.get("sex") != null ? "sex" : "gender";
    String written = row.get(column);
    if (written == null) {
      return Optional.empty();
    }
    Optional<Sex> sex = Sex.of(written);
    if (sex.isEmpty()) {
      problems.add(
          CsvTable.error(
              row.line(),
              column,
              column
                  + " \""
                  + written
                  + "\" is not one of female, male, other, undisclosed"
                  + " (or empty)"));
    }
    return sex;
  }

  private static Optional<PayChange> change(CsvTable.Row row, List<ImportProblem> problems) {
    int before = problems.size();
    LocalDate from = Cells.date(row, "effective_from", problems);
    Optional<PayReason> reason = reason(row, problems);
    Currency currency = Cells.currency(row, "currency", problems);
    if (currency == null && row.get("currency") == null) {
      problems.add(CsvTable.error(row.line(), "currency", "currency is missing"));
    }
    BigDecimal base = Cells.amount(row, "base_salary", problems);
    BigDecimal fte = fte(row, problems);
    BigDecimal variable =
        row.get("variable_pay") == null
            ? BigDecimal.ZERO
            : Cells.amount(row, "variable_pay", problems);
    String zone = Optional.ofNullable(row.get("zone")).orElse(SalaryBand.ANY_ZONE);
    if (!zone.equals(SalaryBand.ANY_ZONE) && !SalaryBand.ZONE.matcher(zone).matches()) {
      problems.add(
          CsvTable.error(
              row.line(),
              "zone",
              "zone \""
                  + zone
                  + "\" is not a zone name (letters, digits,"
                  + " spaces, - and _, up to 40)"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (base.signum() == 0) {
      problems.add(CsvTable.error(row.line(), "base_salary", "base_salary must be above 0"));
      return Optional.empty();
    }
    return Optional.of(
        new PayChange(
            from,
            reason.get(),
            new Money(currency, base),
            fte,
            new Money(currency, variable),
            zone));
  }

  private static Optional<PayReason> reason(CsvTable.Row row, List<ImportProblem> problems) {
    String written = row.get("reason");
    Optional<PayReason> reason = written == null ? Optional.empty() : PayReason.of(written);
    if (reason.isEmpty()) {
      problems.add(
          CsvTable.error(
              row.line(),
              "reason",
              "reason \""
                  + (written == null ? "" : written)
                  + "\" is not one of hire, promotion,"
                  + " sub-level move, review, market adjustment"));
    }
    return reason;
  }

  private static BigDecimal fte(CsvTable.Row row, List<ImportProblem> problems) {
    String written = row.get("fte");
    if (written == null) {
      return BigDecimal.ONE;
    }
    if (written.matches("[0-9](\\.[0-9]{1,4})?")) {
      BigDecimal fte = new BigDecimal(written);
      if (fte.signum() > 0 && fte.compareTo(new BigDecimal("1.5")) <= 0) {
        return fte;
      }
    }
    problems.add(
        CsvTable.error(
            row.line(),
            "fte",
            "fte \""
                + written
                + "\" is not a share of full time above 0 and"
                + " at most 1.5, such as 1 or 0.6"));
    return null;
  }
}
