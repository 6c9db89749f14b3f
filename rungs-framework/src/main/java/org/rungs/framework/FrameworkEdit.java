package org.rungs.framework;

import java.util.Objects;

/**
 * One change to a framework file that {@link FrameworkEditor} can write back without touching
 * anything else in the file, e.g. {@code new FrameworkEdit.AddExample(id, "Ran the incident
 * review")}.
 *
 * <p>Texts are stripped, as the parser strips them, and must not be blank. Immutable.
 */
public sealed interface FrameworkEdit {

  /**
   * Adds an example to a criterion. A criterion under {@code criteria} has no place for examples in
   * the Monzo format, so its first example makes it an example criterion: it moves, with its
   * wording and explicit id as written, to the end of its level's {@code exampleCriteria} (which is
   * where pages show it from then on, after the level's plain criteria).
   */
  record AddExample(CriterionId criterion, String example) implements FrameworkEdit {
    public AddExample {
      Objects.requireNonNull(criterion, "criterion");
      example = required(example, "an example");
    }
  }

  /** Rewords a criterion, plain or example; a derived id changes with the wording. */
  record RewordCriterion(CriterionId criterion, String text) implements FrameworkEdit {
    public RewordCriterion {
      Objects.requireNonNull(criterion, "criterion");
      text = required(text, "a criterion's text");
    }
  }

  /** Adds a criterion at the end of a topic's plain criteria at a level. */
  record AddCriterion(String topic, int level, String text) implements FrameworkEdit {
    public AddCriterion {
      topic = required(topic, "a topic name");
      if (level < 1) {
        throw new IllegalArgumentException("levels count from 1, got " + level);
      }
      text = required(text, "a criterion's text");
    }
  }

  /** Sets the title of the topic named {@code topic}. */
  record RetitleTopic(String topic, String title) implements FrameworkEdit {
    public RetitleTopic {
      topic = required(topic, "a topic name");
      title = required(title, "a topic title");
    }
  }

  /** Sets the framework's {@code title}. */
  record RetitleFramework(String title) implements FrameworkEdit {
    public RetitleFramework {
      title = required(title, "a framework title");
    }
  }

  private static String required(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, got \"" + text + "\"");
    }
    return text.strip();
  }
}
