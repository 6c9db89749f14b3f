package org.rungs.app.feedback;

import java.util.List;
import org.rungs.app.web.Chrome;

/** Framework health for an owner: one table per framework they own (all, for an admin). */
public record HealthPage(Chrome chrome, List<Section> frameworks) {

  /** A framework and its criteria's lines. */
  public record Section(String path, String title, List<Line> lines) {}

  /** A criterion's line; a rate is null when too few people were assessed to tell. */
  public record Line(
      String criterionId,
      String text,
      String topic,
      int level,
      boolean inherited,
      int assessed,
      Integer demonstratedPercent,
      Integer disagreementPercent,
      int unclear,
      int questions,
      String flag) {}
}
