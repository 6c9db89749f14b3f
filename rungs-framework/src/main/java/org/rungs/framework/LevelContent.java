package org.rungs.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code content} entry of a topic as written: a level with its criteria and example criteria.
 *
 * @param extraFields fields Rungs does not know, kept so that writing the file back loses nothing
 */
public record LevelContent(
    int level,
    List<WrittenCriterion> criteria,
    List<WrittenCriterion> exampleCriteria,
    Map<String, Object> extraFields,
    Location location) {

  public LevelContent {
    criteria = List.copyOf(criteria);
    exampleCriteria = List.copyOf(exampleCriteria);
    extraFields = Ordered.copyOf(extraFields);
    Objects.requireNonNull(location, "location");
  }
}
