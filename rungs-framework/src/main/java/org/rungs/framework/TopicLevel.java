package org.rungs.framework;

import java.util.List;

/**
 * What one topic asks for at one level, in the order a page shows it: the framework's own criteria,
 * then its example criteria, then those inherited from {@code /generic}.
 */
public record TopicLevel(int level, List<Criterion> criteria) {

  public TopicLevel {
    if (level < 1) {
      throw new IllegalArgumentException("levels count from 1, got " + level);
    }
    criteria = List.copyOf(criteria);
  }
}
