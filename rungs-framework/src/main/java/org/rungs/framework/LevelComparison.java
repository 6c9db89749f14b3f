package org.rungs.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changes between two levels of a framework, topic by topic: what the higher level asks that
 * the lower did not, what the lower listed that the higher no longer does, and what both share.
 *
 * <pre>{@code
 * LevelComparison.between(backend, 2, 3).topics().forEach(change -> ...);
 * }</pre>
 *
 * <p>Criteria are matched by wording (ignoring case, spacing and trailing punctuation), so the same
 * behaviour repeated at both levels counts as shared. Immutable.
 */
public record LevelComparison(Framework framework, int from, int to, List<TopicChange> topics) {

  /** One topic's changes from level {@code from} to level {@code to}. */
  public record TopicChange(
      Topic topic, List<Criterion> added, List<Criterion> dropped, List<Criterion> shared) {
    public TopicChange {
      Objects.requireNonNull(topic, "topic");
      added = List.copyOf(added);
      dropped = List.copyOf(dropped);
      shared = List.copyOf(shared);
    }
  }

  public LevelComparison {
    Objects.requireNonNull(framework, "framework");
    topics = List.copyOf(topics);
  }

  /**
   * Compares two levels of {@code framework}.
   *
   * @throws IllegalArgumentException if either level is not one of the framework's
   */
  public static LevelComparison between(Framework framework, int from, int to) {
    for (int level : new int[] {from, to}) {
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
    }
    List<TopicChange> changes = new ArrayList<>();
    for (Topic topic : framework.topics()) {
      List<Criterion> before = topic.criteriaAt(from);
      List<Criterion> after = topic.criteriaAt(to);
      if (before.isEmpty() && after.isEmpty()) {
        continue;
      }
      // Each wording once: a static export compares every pair of levels.
      List<String> beforeWordings = wordings(before);
      List<String> afterWordings = wordings(after);
      Set<String> beforeWording = new HashSet<>(beforeWordings);
      Set<String> afterWording = new HashSet<>(afterWordings);
      List<Criterion> added = new ArrayList<>();
      List<Criterion> shared = new ArrayList<>();
      for (int i = 0; i < after.size(); i++) {
        (beforeWording.contains(afterWordings.get(i)) ? shared : added).add(after.get(i));
      }
      List<Criterion> dropped = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        if (!afterWording.contains(beforeWordings.get(i))) {
          dropped.add(before.get(i));
        }
      }
      changes.add(new TopicChange(topic, added, dropped, shared));
    }
    return new LevelComparison(framework, from, to, changes);
  }

  /** Counts across all topics, for a summary line. */
  public int addedCount() {
    return topics.stream().mapToInt(change -> change.added().size()).sum();
  }

  public int droppedCount() {
    return topics.stream().mapToInt(change -> change.dropped().size()).sum();
  }

  public int sharedCount() {
    return topics.stream().mapToInt(change -> change.shared().size()).sum();
  }

  private static List<String> wordings(List<Criterion> criteria) {
    return criteria.stream().map(LevelComparison::wording).toList();
  }

  private static String wording(Criterion criterion) {
    return CriterionId.normalise(criterion.text());
  }
}
