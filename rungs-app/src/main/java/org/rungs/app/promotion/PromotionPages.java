package org.rungs.app.promotion;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.LevelProgress;
import org.rungs.progression.Standing;
import org.rungs.progression.TopicProgress;

/** The models of the promotion case and one-pager templates. */
public final class PromotionPages {
  private PromotionPages() {}

  /** The case as a page of the site, with links to its Markdown and PDF versions. */
  public record CasePage(
      Chrome chrome,
      PromotionCase promotion,
      String standingUrl,
      String markdownUrl,
      String pdfUrl) {}

  /** The case as a print document. */
  public record CasePdf(String siteName, PromotionCase promotion, LocalDate printedOn) {}

  /**
   * The progression one-pager.
   *
   * @param targetLevel the agreed target level, or {@code null}
   * @param focus the focus criteria of the last agreed check-in
   * @param focusAgreedOn the day of that check-in, or {@code null} if there is none
   */
  public record OnePager(
      String siteName,
      Person person,
      Framework framework,
      Standing standing,
      Integer targetLevel,
      List<Criterion> focus,
      LocalDate focusAgreedOn,
      List<Evidence> recentEvidence,
      LocalDate printedOn) {

    public OnePager {
      focus = List.copyOf(focus);
      recentEvidence = List.copyOf(recentEvidence);
    }

    /** The levels shown as bars: the current one and, below the top, the next. */
    public List<LevelProgress> levels() {
      return standing.next() == null
          ? List.of(standing.current())
          : List.of(standing.current(), standing.next());
    }

    /** Each topic's progress at {@code level}. */
    public List<TopicProgress> topicsAt(int level) {
      return standing.topics().stream().filter(t -> t.progress().level() == level).toList();
    }
  }

  /** A bar's filled share as a CSS width, e.g. {@code 45.0%}. */
  public static String width(int demonstrated, int total) {
    double share = total <= 0 ? 0 : Math.min(1, (double) demonstrated / total);
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
