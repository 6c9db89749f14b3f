package org.rungs.app.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * The readable page inside an export: every part and section of the JSON as a table, so that it
 * shows whatever a part adds without being changed itself. Every value is HTML-escaped.
 */
final class ExportSummary {
  private ExportSummary() {}

  @SuppressWarnings("unchecked")
  static String html(String name, Map<String, Object> document) {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Personal data of ")
        .append(escape(name))
        .append(
            "</title><style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}")
        .append("table{border-collapse:collapse;margin-bottom:1.5rem}td,th{border:1px solid #ccc;")
        .append("padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head><body>\n")
        .append("<h1>Personal data of ")
        .append(escape(name))
        .append("</h1>\n<p>Held by Rungs, exported ")
        .append(escape(String.valueOf(document.get("exportedAt"))))
        .append(". The complete, machine-readable version is personal-data.json.</p>\n");
    Map<String, Object> parts = (Map<String, Object>) document.get("parts");
    parts.forEach(
        (part, sections) -> {
          html.append("<h2>").append(escape(part)).append("</h2>\n");
          ((Map<String, List<Map<String, Object>>>) sections)
              .forEach((section, rows) -> table(html, section, rows));
        });
    return html.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder html, String section, List<Map<String, Object>> rows) {
    html.append("<h3>").append(escape(section)).append("</h3>\n");
    if (rows.isEmpty()) {
      html.append("<p>None.</p>\n");
      return;
    }
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> columns.addAll(row.keySet()));
    html.append("<table><thead><tr>");
    columns.forEach(
        column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
    html.append("</tr></thead><tbody>\n");
    for (Map<String, Object> row : rows) {
      html.append("<tr>");
      columns.forEach(
          column -> {
            Object value = row.get(column);
            html.append("<td>")
                .append(value == null ? "" : escape(value.toString()))
                .append("</td>");
          });
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text);
  }
}
