package org.rungs.framework;

import java.util.List;
import java.util.Objects;

/**
 * A criterion as its file wrote it: under {@code criteria} (no examples) or {@code exampleCriteria}
 * (with examples), with the optional explicit {@code id} extension.
 *
 * @param id the explicit id written in the file, or {@code null} when Rungs derives one
 */
public record WrittenCriterion(String id, String text, List<String> examples, Location location) {

  public WrittenCriterion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    examples = List.copyOf(examples);
  }
}
