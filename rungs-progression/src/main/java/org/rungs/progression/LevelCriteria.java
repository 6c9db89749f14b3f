package org.rungs.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;

/**
 * The criteria a standing at one level of a framework counts: the level's and the next level's, all
 * topics together and topic by topic.
 *
 * <p>They depend on the framework and the level alone, not on the person: a page showing many
 * people's standings gathers them once per framework and level with {@link #of} and passes them to
 * {@link Standings#of(LevelCriteria, java.util.Map, Integer, SubLevelThresholds)} for each person,
 * instead of walking the framework again for everyone.
 *
 * @param framework the framework's path, for messages
 * @param levels how many levels the framework has
 * @param current the level's criteria, in page order
 * @param next the next level's criteria, or {@code null} at the framework's top level
 * @param topics each topic's criteria at the level and then at the next one, in page order, leaving
 *     out the levels where a topic asks nothing
 */
public record LevelCriteria(
    String framework,
    int level,
    int levels,
    List<Criterion> current,
    List<Criterion> next,
    List<TopicCriteria> topics) {

  /** One topic's criteria at one level. */
  public record TopicCriteria(
      String topicName, String topicTitle, int level, List<Criterion> criteria) {
    public TopicCriteria {
      criteria = List.copyOf(criteria);
    }
  }

  public LevelCriteria {
    Objects.requireNonNull(framework, "framework");
    current = List.copyOf(current);
    next = next == null ? null : List.copyOf(next);
    topics = List.copyOf(topics);
  }

  /**
   * @param level the level, from 1 to the framework's levels
   * @throws IllegalArgumentException if the framework has no levels or {@code level} is not one
   */
  public static LevelCriteria of(Framework framework, int level) {
    if (!framework.hasLevel(level)) {
      throw new IllegalArgumentException(
          "level "
              + level
              + " is not a level of "
              + framework.path()
              + " (1 to "
              + framework.levels()
              + ")");
    }
    boolean top = level == framework.levels();
    List<TopicCriteria> topics = new ArrayList<>();
    for (Topic topic : framework.topics()) {
      for (int shown : top ? new int[] {level} : new int[] {level, level + 1}) {
        List<Criterion> criteria = topic.criteriaAt(shown);
        if (!criteria.isEmpty()) {
          topics.add(new TopicCriteria(topic.name(), topic.title(), shown, criteria));
        }
      }
    }
    return new LevelCriteria(
        framework.path(),
        level,
        framework.levels(),
        at(framework, level),
        top ? null : at(framework, level + 1),
        topics);
  }

  /** Every topic's criteria at {@code level}, in page order. */
  static List<Criterion> at(Framework framework, int level) {
    return framework.topics().stream().flatMap(topic -> topic.criteriaAt(level).stream()).toList();
  }
}
