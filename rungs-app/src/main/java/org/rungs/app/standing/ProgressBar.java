package org.rungs.app.standing;

import java.util.Locale;

/**
 * A progress bar as server-side SVG, so it shows the same in the browser, a static page or a PDF,
 * with no script: {@code ProgressBar.svg(9, 20, "Level 2")}.
 */
public final class ProgressBar {
  private ProgressBar() {}

  /** A bar {@code demonstrated} of {@code total} full, labelled for screen readers. */
  public static String svg(int demonstrated, int total, String label) {
    double share = total <= 0 ? 0 : Math.min(1, (double) demonstrated / total);
    String width = String.format(Locale.ROOT, "%.1f", share * 200);
    String words = label + ": " + demonstrated + " of " + total + " demonstrated";
    return "<svg class=\"bar\" role=\"img\" viewBox=\"0 0 200 10\" preserveAspectRatio=\"none\" aria-label=\""
        + escape(words)
        + "\"><title>"
        + escape(words)
        + "</title><rect class=\"bar-track\" width=\"200\" height=\"10\" rx=\"5\" fill=\"#dde2e9\"/>"
        + "<rect class=\"bar-fill\" width=\""
        + width
        + "\" height=\"10\" rx=\"5\" fill=\"#1f5fbf\"/></svg>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
