package org.rungs.app.promotion;

import org.rungs.app.evidence.Evidence;

/**
 * A promotion case as Markdown, to paste into a promotion document. People's text (names, notes) is
 * escaped so it shows as written; criteria are framework Markdown and kept as they are.
 */
final class PromotionMarkdown {
  private PromotionMarkdown() {}

  public static String of(PromotionCase promotion) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# ")
        .append(escape(promotion.person().name()))
        .append(": case for level ")
        .append(promotion.level())
        .append("\n\n");
    md.append("Framework: ").append(escape(promotion.framework().title())).append("  \n");
    if (promotion.standing() != null) {
      md.append("Current standing: ")
          .append(escape(promotion.standing().explanation()))
          .append("\n\n");
    } else {
      md.append("Current standing: level not set\n\n");
    }
    md.append("**").append(escape(promotion.summary())).append("**\n");
    for (PromotionCase.TopicCase topic : promotion.topics()) {
      md.append("\n## ").append(escape(topic.title())).append("\n");
      for (PromotionCase.CriterionCase criterion : topic.criteria()) {
        md.append("\n### ")
            .append(criterion.complete() ? "✓ " : criterion.gap() ? "Gap: " : "")
            .append(oneLine(criterion.criterion().text()))
            .append("\n\n");
        md.append("- Agreed: ").append(criterion.agreedLabel());
        if (criterion.agreedNote() != null && !criterion.agreedNote().isBlank()) {
          md.append(" (").append(escape(oneLine(criterion.agreedNote()))).append(")");
        }
        md.append("\n");
        for (String missing : criterion.missing()) {
          md.append("- **Gap:** ").append(missing).append("\n");
        }
        if (criterion.hasEvidence()) {
          md.append("- Evidence:\n");
          for (Evidence item : criterion.evidence()) {
            md.append("  - ").append(item.happenedOn());
            if (item.note() != null && !item.note().isBlank()) {
              md.append(": ").append(escape(oneLine(item.note())));
            }
            if (item.link() != null) {
              md.append(" <").append(link(item.link())).append(">");
            }
            md.append("\n");
          }
        }
      }
    }
    return md.toString();
  }

  /**
   * Backslash-escapes what Markdown or HTML could read specially within a line: emphasis, code,
   * links, headings, tables, entities and tags. The text is never at the start of a line.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** A link for an autolink: nothing that could end it early. */
  private static String link(String link) {
    return link.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E");
  }
}
