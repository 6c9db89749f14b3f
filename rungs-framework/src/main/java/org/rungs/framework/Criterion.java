package org.rungs.framework;

import java.util.List;
import java.util.Objects;

/**
 * One behaviour a level asks for, as a page shows it: its id, its text (inline Markdown), the
 * examples that illustrate it (empty for most), and where it was inherited from.
 *
 * @param from the path of the framework it is inherited from ({@code /generic}), or {@code null}
 *     for the framework's own criteria
 */
public record Criterion(CriterionId id, String text, List<String> examples, String from) {

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    examples = List.copyOf(examples);
  }

  public boolean isInherited() {
    return from != null;
  }

  public boolean hasExamples() {
    return !examples.isEmpty();
  }
}
