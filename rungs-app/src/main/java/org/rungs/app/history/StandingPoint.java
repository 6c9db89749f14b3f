package org.rungs.app.history;

import java.time.LocalDate;
import org.rungs.progression.SubLevel;

/** Where a person stood on a day: a point of the standing chart, e.g. 2B on 2026-03-31. */
public record StandingPoint(LocalDate day, int level, SubLevel subLevel) {

  /** The height on the chart: 2A is 2, 2B 2.25, 2C 2.5, 2D 2.75. */
  double height() {
    return level + subLevel.ordinal() / 4.0;
  }

  public String label() {
    return level + subLevel.name();
  }
}
