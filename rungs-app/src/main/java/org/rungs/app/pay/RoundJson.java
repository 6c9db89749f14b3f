package org.rungs.app.pay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.progression.pay.Proposal;
import org.rungs.progression.pay.ReviewProposals.Outlier;

/**
 * Pay review rounds as JSON and CSV. What a manager gets has no money in it, not even a budget's
 * amount: raises in percent, sub-levels, the matrix's suggestion, and each budget's use as a share.
 */
final class RoundJson {

  private RoundJson() {}

  static Map<String, Object> round(PayRound round) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", round.id());
    json.put("name", round.name());
    json.put("effectiveFrom", round.effectiveFrom().toString());
    json.put("state", round.state().label());
    json.put("currency", round.currency().getCurrencyCode());
    json.put("budgetScope", round.scope().name().toLowerCase(java.util.Locale.ROOT));
    json.put("version", round.version());
    return json;
  }

  static Map<String, Object> view(RoundView view) {
    Map<String, Object> json = round(view.round());
    if (view.withPay()) {
      json.put("budget", view.round().budgetWords());
    }
    json.put("budgets", view.budgets().stream().map(b -> budget(b, view.withPay())).toList());
    json.put("proposals", proposals(view));
    return json;
  }

  static List<Map<String, Object>> proposals(RoundView view) {
    return view.lines().stream().map(line -> line(line, view.withPay())).toList();
  }

  private static Map<String, Object> budget(RoundView.Budget budget, boolean withPay) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("budget", budget.key());
    json.put("name", budget.name());
    json.put("percentUsed", budget.use().percentUsed());
    json.put("over", budget.use().over());
    if (withPay) {
      json.put("amount", budget.use().amount().amount());
      json.put("used", budget.use().used().amount());
      json.put("remaining", budget.use().remaining().amount());
      json.put("explanation", budget.use().explanation());
    }
    return json;
  }

  private static Map<String, Object> line(RoundView.Line line, boolean withPay) {
    Proposal proposal = line.proposal();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("personId", line.person().id());
    json.put("name", line.person().name());
    json.put("budget", proposal.budget());
    json.put("subLevel", proposal.subLevel() == null ? null : proposal.subLevel().name());
    json.put("suggestedPercent", proposal.suggestedPercent());
    json.put("percent", proposal.percent());
    json.put("reason", proposal.reason());
    json.put("approved", proposal.approved());
    json.put("version", line.version());
    json.put("outliers", line.outliers().stream().map(RoundJson::outlier).toList());
    if (withPay) {
      json.put("currentSalary", proposal.current().amount());
      json.put("proposedSalary", proposal.proposed().amount());
      json.put("fte", proposal.fte());
      json.put("cost", proposal.cost().amount());
      json.put("bandPosition", proposal.bandPosition());
    }
    return json;
  }

  private static Map<String, Object> outlier(Outlier outlier) {
    return Map.of("kind", outlier.kind(), "explanation", outlier.explanation());
  }

  /** The same figures as the page, one raise a row, then one row a budget; formula-safe. */
  static CsvExport csv(RoundView view) {
    boolean money = view.withPay();
    CsvExport csv =
        money
            ? CsvExport.of(
                "person",
                "budget",
                "sub_level",
                "suggested_percent",
                "percent",
                "reason",
                "approved",
                "outliers",
                "current_salary",
                "proposed_salary",
                "fte",
                "cost")
            : CsvExport.of(
                "person",
                "budget",
                "sub_level",
                "suggested_percent",
                "percent",
                "reason",
                "approved",
                "outliers");
    for (RoundView.Line line : view.lines()) {
      Proposal proposal = line.proposal();
      List<Object> cells =
          new java.util.ArrayList<>(
              java.util.Arrays.asList(
                  line.person().name(),
                  line.budgetName(),
                  proposal.subLevel() == null ? "" : proposal.subLevel().name(),
                  proposal.suggestedPercent(),
                  proposal.percent(),
                  proposal.reason(),
                  proposal.approved(),
                  String.join(" ", line.outliers().stream().map(Outlier::kind).toList())));
      if (money) {
        cells.addAll(
            List.of(
                proposal.current().amount(),
                proposal.proposed().amount(),
                proposal.fte(),
                proposal.cost().amount()));
      }
      csv.row(cells.toArray());
    }
    csv.row();
    csv.row(
        money
            ? new Object[] {"budget", "percent_used", "over", "amount", "used", "remaining"}
            : new Object[] {"budget", "percent_used", "over"});
    for (RoundView.Budget budget : view.budgets()) {
      csv.row(
          money
              ? new Object[] {
                budget.name(),
                budget.use().percentUsed(),
                budget.use().over(),
                budget.use().amount().amount(),
                budget.use().used().amount(),
                budget.use().remaining().amount()
              }
              : new Object[] {budget.name(), budget.use().percentUsed(), budget.use().over()});
    }
    return csv;
  }
}
