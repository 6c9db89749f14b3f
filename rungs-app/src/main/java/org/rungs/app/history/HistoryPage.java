package org.rungs.app.history;

import java.util.List;
import org.rungs.app.people.LevelChange;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;

/**
 * A person's history: the standing at each agreed check-in (as a chart and a table), the level
 * history, and every change to their assessments by criterion.
 *
 * @param chart the standing chart as SVG markup made on the server, or empty without points
 */
public record HistoryPage(
    Chrome chrome,
    Person person,
    String chart,
    List<StandingPoint> standings,
    List<LevelChange> levels,
    List<CriterionHistory> criteria) {

  /** The changes to one criterion's assessment, oldest first. */
  public record CriterionHistory(
      String anchor, String criterion, String framework, List<Change> changes) {}

  /** One change: when, who, which view, from what to what. */
  public record Change(String at, String who, String view, String before, String after) {}
}
