package org.rungs.app.pay;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.progression.pay.CalibrationRow;

/**
 * The calibration scatter, drawn on the server as SVG (no script): each person a dot, across by the
 * share of the level's criteria demonstrated, up by where their salary sits in the band; the band
 * itself drawn as the shaded stretch from 0% to 100%, with its quarters. People outside the band
 * sit above or below it, up to 25% of the band's width; further out they are drawn at that edge.
 */
final class CalibrationChart {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;
  private static final double LOW = -0.25;
  private static final double HIGH = 1.25;

  private CalibrationChart() {}

  static String svg(List<CalibrationRow> rows, Map<String, Person> people) {
    long placed = rows.stream().filter(row -> row.bandPosition() != null).count();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"calibration-chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">")
        .append(
            placed
                + " people by share of criteria demonstrated (across) and band position (up);"
                + " the table below lists the same figures")
        .append("</title>");
    double bandTop = y(1);
    double bandBottom = y(0);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#e8eef8\"/>",
            LEFT,
            bandTop,
            WIDTH - LEFT - RIGHT,
            bandBottom - bandTop));
    for (int quarter = 0; quarter <= 4; quarter++) {
      double at = y(quarter / 4.0);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\""
                  + " fill=\"#384252\">%d%%</text>",
              LEFT,
              WIDTH - RIGHT,
              at,
              at,
              quarter == 0 || quarter == 4 ? "#1f5fbf" : "#c9d1dc",
              LEFT - 6,
              at + 4,
              quarter * 25));
    }
    for (int tenth = 0; tenth <= 10; tenth += 2) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\""
                  + " fill=\"#384252\">%d%%</text>",
              x(tenth / 10.0),
              HEIGHT - BOTTOM + 16,
              tenth * 10));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#384252\">"
                + "Share of the level's criteria demonstrated</text>",
            LEFT + (WIDTH - LEFT - RIGHT) / 2,
            HEIGHT - 8));
    for (CalibrationRow row : rows) {
      if (row.bandPosition() == null) {
        continue;
      }
      Person person = people.get(row.personId());
      double position = Math.max(LOW, Math.min(HIGH, row.bandPosition()));
      // Appended piece by piece, not formatted: a level of 10,000 people has 10,000 dots.
      svg.append("<circle cx=\"");
      tenths(svg, x(row.share()));
      svg.append("\" cy=\"");
      tenths(svg, y(position));
      svg.append("\" r=\"5\" fill=\"")
          .append(row.flags().isEmpty() ? "#1f5fbf" : "#b3261e")
          .append("\"><title>")
          .append(escape(person == null ? row.personId() : person.name()))
          .append(": ")
          .append(row.subLevel().name())
          .append(", ")
          .append(Math.round(row.share() * 100))
          .append("% demonstrated, band position ")
          .append(Math.round(row.bandPosition() * 100))
          .append("%</title></circle>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * {@code value} with one decimal, as {@code %.1f} writes it (the chart's values are positive).
   */
  private static void tenths(StringBuilder svg, double value) {
    long tenths = Math.round(value * 10);
    svg.append(tenths / 10).append('.').append(tenths % 10);
  }

  private static double x(double share) {
    return LEFT + share * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double position) {
    return TOP + (HIGH - position) / (HIGH - LOW) * (HEIGHT - TOP - BOTTOM);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
