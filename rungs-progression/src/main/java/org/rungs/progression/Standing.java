package org.rungs.progression;

import java.util.List;
import java.util.Objects;

/**
 * Where a person stands: their level and sub-level, how far they are into the next level, and all
 * of it in words, e.g. "2B: 9 of 20 level-2 criteria demonstrated; 1 more for 2C. Level 3: 4 of
 * 18."
 *
 * @param current progress at the person's level
 * @param next progress at the level above, or {@code null} at the framework's top level
 * @param target the level the person and their manager agreed to aim for, or {@code null}
 * @param moreForNextSubLevel criteria still to demonstrate for the next sub-level; 0 at D
 * @param topics progress topic by topic, at the current level and (if any) the next
 */
public record Standing(
    int level,
    SubLevel subLevel,
    LevelProgress current,
    LevelProgress next,
    Integer target,
    int moreForNextSubLevel,
    List<TopicProgress> topics,
    String explanation) {

  public Standing {
    Objects.requireNonNull(subLevel, "subLevel");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(explanation, "explanation");
    topics = List.copyOf(topics);
  }

  /** Level and sub-level as people say it: {@code 2B}. */
  public String label() {
    return level + subLevel.name();
  }
}
