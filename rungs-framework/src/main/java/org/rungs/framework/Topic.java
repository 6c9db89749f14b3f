package org.rungs.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic as pages show it, inheritance applied: a title for its card and, for each level that has
 * any, its criteria.
 *
 * @param description the pre-2019 format's card subtitle, or {@code null}
 * @param levels only the levels with at least one criterion, in ascending order
 */
public record Topic(String name, String title, String description, List<TopicLevel> levels) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    levels = List.copyOf(levels);
  }

  /** The criteria at {@code level}; empty if this topic asks nothing there. */
  public List<Criterion> criteriaAt(int level) {
    return at(level).map(TopicLevel::criteria).orElse(List.of());
  }

  /** An HTML id for this topic's card: {@code topic-problem-solving}. */
  public String anchor() {
    String slug = Slug.of(name);
    return "topic-" + (slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug);
  }

  public Optional<TopicLevel> at(int level) {
    return levels.stream().filter(topicLevel -> topicLevel.level() == level).findFirst();
  }
}
