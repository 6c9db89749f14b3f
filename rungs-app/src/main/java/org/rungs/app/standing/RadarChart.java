package org.rungs.app.standing;

import java.util.List;
import java.util.Locale;
import org.rungs.progression.TopicProgress;

/**
 * A radar chart of a level's topics as server-side SVG: one spoke per topic, the filled shape
 * reaching out as far as the share of that topic's criteria demonstrated. Works in the browser, in
 * a static page and in a PDF, with no script.
 */
public final class RadarChart {
  private static final double CENTRE = 150;
  private static final double RADIUS = 100;

  private RadarChart() {}

  /**
   * The chart for the topics of one level, or the empty string when there are fewer than three (a
   * radar of two spokes is a line, and bars say it better).
   */
  public static String svg(List<TopicProgress> topics, String label) {
    if (topics.size() < 3) {
      return "";
    }
    StringBuilder svg = new StringBuilder();
    // Room on both sides for the labels, which start or end beyond the spokes: a box just around
    // the rings clipped them at phone width (issue 10).
    svg.append("<svg class=\"radar\" role=\"img\" viewBox=\"-90 0 480 300\" aria-label=\"")
        .append(escape(label))
        .append("\"><title>")
        .append(escape(label))
        .append("</title>");
    for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
      svg.append("<polygon class=\"radar-ring\" fill=\"none\" stroke=\"#dde2e9\" points=\"")
          .append(points(topics.size(), index -> ring))
          .append("\"/>");
    }
    for (int i = 0; i < topics.size(); i++) {
      double[] end = point(i, topics.size(), 1);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"radar-spoke\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dde2e9\"/>",
              CENTRE,
              CENTRE,
              end[0],
              end[1]));
    }
    svg.append(
            "<polygon class=\"radar-shape\" fill=\"#1f5fbf\" fill-opacity=\"0.25\" stroke=\"#1f5fbf\" stroke-width=\"2\" points=\"")
        .append(points(topics.size(), index -> topics.get(index).progress().share()))
        .append("\"/>");
    for (int i = 0; i < topics.size(); i++) {
      TopicProgress topic = topics.get(i);
      double[] at = point(i, topics.size(), 1.22);
      String anchor = Math.abs(at[0] - CENTRE) < 10 ? "middle" : at[0] > CENTRE ? "start" : "end";
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"radar-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">",
                  at[0],
                  at[1] + 4,
                  anchor))
          .append(escape(shortLabel(topic.topicTitle())))
          .append(" ")
          .append(topic.progress().demonstrated())
          .append("/")
          .append(topic.progress().criteria())
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  private interface Share {
    double at(int index);
  }

  private static String points(int count, Share share) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < count; i++) {
      double[] point = point(i, count, Math.max(0, Math.min(1, share.at(i))));
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", point[0], point[1]));
    }
    return points.toString().strip();
  }

  /** The point at {@code share} of the radius along spoke {@code index}, the first pointing up. */
  private static double[] point(int index, int count, double share) {
    double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
    return new double[] {
      CENTRE + Math.cos(angle) * RADIUS * share, CENTRE + Math.sin(angle) * RADIUS * share
    };
  }

  private static String shortLabel(String title) {
    String words = org.rungs.app.web.Emoji.withoutLeading(title);
    return words.length() > 18 ? words.substring(0, 17) + "…" : words;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
