package org.rungs.app.pay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.progression.pay.CalibrationRow;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayFlag;
import org.rungs.progression.pay.PayGapReport;
import org.rungs.progression.pay.PayPosition;

/**
 * The pay API's fixed shapes (issue 11), mapped from the pure records: names as the issue gives
 * them, flags as kebab-case strings, ids as numbers.
 */
final class PayJson {

  private PayJson() {}

  static Map<String, Object> pay(MyPay mine) {
    Map<String, Object> json = new LinkedHashMap<>();
    PayPosition position = mine.position();
    json.put(
        "currency",
        mine.pay() == null ? null : mine.pay().baseSalary().currency().getCurrencyCode());
    json.put("salary", mine.pay() == null ? null : mine.pay().baseSalary().amount());
    json.put(
        "band",
        mine.band() == null ? null : Map.of("min", mine.band().min(), "max", mine.band().max()));
    json.put("bandPosition", position == null ? null : position.bandPosition());
    json.put("compaRatio", position == null ? null : position.compaRatio());
    json.put(
        "expectedPosition",
        position == null
            ? null
            : Map.of(
                "from",
                position.expectedPosition().from(),
                "to",
                position.expectedPosition().to()));
    json.put("flags", position == null ? List.of() : codes(position.flags()));
    json.put("explanation", position == null ? mine.missing() : position.explanation());
    return json;
  }

  static Map<String, Object> calibration(List<CalibrationRow> rows) {
    return Map.of(
        "people",
        rows.stream()
            .map(
                row -> {
                  Map<String, Object> json = new LinkedHashMap<>();
                  json.put("personId", Long.parseLong(row.personId()));
                  json.put("subLevel", row.subLevel().name());
                  json.put("demonstrated", row.demonstrated());
                  json.put("criteria", row.criteria());
                  json.put("monthsAtLevel", row.monthsAtLevel());
                  json.put("bandPosition", row.bandPosition());
                  json.put("flags", codes(row.flags()));
                  json.put("readyForPromotion", row.readyForPromotion());
                  return json;
                })
            .toList());
  }

  static Map<String, Object> consistency(ManagerConsistency.Report report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "managers",
        report.managers().stream()
            .map(
                manager -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("personId", Long.parseLong(manager.personId()));
                  row.put("assessments", manager.assessments());
                  row.put("people", manager.people());
                  row.put("leniency", manager.leniency());
                  row.put("beyondChance", manager.beyondChance());
                  row.put("explanation", manager.explanation());
                  return row;
                })
            .toList());
    json.put(
        "criteria",
        report.criteria().stream()
            .map(
                criterion -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("framework", criterion.framework());
                  row.put("level", criterion.level());
                  row.put("criterionId", criterion.criterion().value());
                  row.put("managers", criterion.managers());
                  row.put("spread", criterion.spread());
                  return row;
                })
            .toList());
    return json;
  }

  static Map<String, Object> payGap(PayGapReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", report.date().toString());
    json.put("meanGap", report.meanGap());
    json.put("medianGap", report.medianGap());
    json.put("variableMeanGap", report.variableMeanGap());
    json.put("variableMedianGap", report.variableMedianGap());
    json.put(
        "variablePay",
        report.variablePay() == null
            ? null
            : Map.of("female", report.variablePay().female(), "male", report.variablePay().male()));
    json.put(
        "quartiles",
        report.quartiles() == null
            ? null
            : report.quartiles().stream()
                .map(q -> Map.of("female", q.female(), "male", q.male()))
                .toList());
    json.put(
        "categories",
        report.categories().stream()
            .map(
                category -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("framework", category.framework());
                  row.put("level", category.level());
                  row.put("people", category.people());
                  row.put("meanGap", category.meanGap());
                  row.put("variableMeanGap", category.variableMeanGap());
                  row.put("subLevelGap", category.subLevelGap());
                  row.put("flagged", category.flagged());
                  row.put("explanation", category.explanation());
                  return row;
                })
            .toList());
    json.put("compared", report.compared());
    json.put("notCompared", report.notCompared());
    json.put("explanation", report.explanation());
    return json;
  }

  private static List<String> codes(List<PayFlag> flags) {
    return flags.stream().map(PayFlag::code).toList();
  }
}
