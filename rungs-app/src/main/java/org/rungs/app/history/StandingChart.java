package org.rungs.app.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The standing over time as server-side SVG: sub-level (1A, 1B, … up the side) by date (along the
 * bottom), a point per agreed check-in joined by a line. No script; it reads the same in a browser
 * and on paper, and its title and a table beside it say the same in words.
 */
final class StandingChart {
  private static final double WIDTH = 640;
  private static final double HEIGHT = 240;
  private static final double LEFT = 44;
  private static final double RIGHT = 16;
  private static final double TOP = 12;
  private static final double BOTTOM = 28;

  private StandingChart() {}

  static String svg(List<StandingPoint> points, String label) {
    if (points.isEmpty()) {
      return "";
    }
    int lowest = points.stream().mapToInt(StandingPoint::level).min().orElseThrow();
    int highest = points.stream().mapToInt(StandingPoint::level).max().orElseThrow() + 1;
    LocalDate first = points.get(0).day();
    LocalDate last = points.get(points.size() - 1).day();
    long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"standing-chart\" role=\"img\" viewBox=\"0 0 ")
        .append((int) WIDTH)
        .append(' ')
        .append((int) HEIGHT)
        .append("\" aria-label=\"")
        .append(escape(label))
        .append("\"><title>")
        .append(escape(label))
        .append("</title>");
    for (int level = lowest; level <= highest; level++) {
      double y = y(level, lowest, highest);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                  + "<text x=\"4\" y=\"%.1f\">%dA</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              y + 4,
              level));
    }
    StringBuilder line = new StringBuilder();
    for (StandingPoint point : points) {
      double x =
          points.size() == 1
              ? (LEFT + WIDTH - RIGHT) / 2
              : LEFT
                  + (WIDTH - LEFT - RIGHT) * (point.day().toEpochDay() - first.toEpochDay()) / span;
      double y = y(point.height(), lowest, highest);
      line.append(line.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s: %s</title></circle>",
              x,
              y,
              point.day(),
              point.label()));
    }
    if (points.size() > 1) {
      svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
    }
    svg.append(
        String.format(
            Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", LEFT, HEIGHT - 8, first));
    if (points.size() > 1) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
              WIDTH - RIGHT,
              HEIGHT - 8,
              last));
    }
    return svg.append("</svg>").toString();
  }

  private static double y(double height, int lowest, int highest) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (highest - height) / (highest - lowest);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
