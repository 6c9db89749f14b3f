package org.rungs.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.Topic;

/**
 * Computes a person's {@link Standing} from their framework and the statuses agreed with their
 * manager. Pure: the same inputs always give the same standing; nothing is read or stored.
 *
 * <pre>{@code
 * Standing standing = Standings.of(backend, 2, agreed, 3, SubLevelThresholds.QUARTILES);
 * standing.explanation(); // "2B: 9 of 20 level-2 criteria demonstrated; 1 more for 2C. Level 3: 4 of 18."
 * }</pre>
 *
 * <p>Every criterion a level page shows counts (own, example and inherited ones). Criteria agreed
 * as not applicable are left out of the count; criteria never assessed count as not yet.
 */
public final class Standings {
  private Standings() {}

  /**
   * @param level the person's current level, from 1 to the framework's levels
   * @param agreed the agreed status of each criterion, by id; missing ids are "not yet"
   * @param target the agreed target level, or {@code null}
   * @throws IllegalArgumentException if the framework has no levels or {@code level} is not one
   */
  public static Standing of(
      Framework framework,
      int level,
      Map<CriterionId, AssessmentStatus> agreed,
      Integer target,
      SubLevelThresholds thresholds) {
    Objects.requireNonNull(agreed, "agreed");
    Objects.requireNonNull(thresholds, "thresholds");
    if (framework.kind() != FrameworkKind.LEVELLED || level < 1 || level > framework.levels()) {
      throw new IllegalArgumentException(
          "level "
              + level
              + " is not a level of "
              + framework.path()
              + " (1 to "
              + framework.levels()
              + ")");
    }
    if (target != null && (target < 1 || target > framework.levels())) {
      throw new IllegalArgumentException(
          "target level "
              + target
              + " is not a level of "
              + framework.path()
              + " (1 to "
              + framework.levels()
              + ")");
    }
    LevelProgress current = progress(framework, level, agreed);
    LevelProgress next = level < framework.levels() ? progress(framework, level + 1, agreed) : null;
    SubLevel subLevel = thresholds.subLevel(current.demonstrated(), current.criteria());
    int more =
        subLevel.next() == null
            ? 0
            : thresholds.moreFor(subLevel.next(), current.demonstrated(), current.criteria());
    List<TopicProgress> topics = new ArrayList<>();
    for (Topic topic : framework.topics()) {
      for (int shown : next == null ? new int[] {level} : new int[] {level, level + 1}) {
        LevelProgress progress = progress(topic.criteriaAt(shown), shown, agreed);
        if (progress.criteria() + progress.notApplicable() > 0) {
          topics.add(new TopicProgress(topic.name(), topic.title(), progress));
        }
      }
    }
    String explanation = explain(level, subLevel, current, next, more, target);
    return new Standing(level, subLevel, current, next, target, more, topics, explanation);
  }

  /** Progress at one level of a framework, all topics together. */
  public static LevelProgress progress(
      Framework framework, int level, Map<CriterionId, AssessmentStatus> agreed) {
    List<Criterion> criteria =
        framework.topics().stream().flatMap(topic -> topic.criteriaAt(level).stream()).toList();
    return progress(criteria, level, agreed);
  }

  private static LevelProgress progress(
      List<Criterion> criteria, int level, Map<CriterionId, AssessmentStatus> agreed) {
    int demonstrated = 0;
    int notApplicable = 0;
    for (Criterion criterion : criteria) {
      AssessmentStatus status = agreed.getOrDefault(criterion.id(), AssessmentStatus.NOT_YET);
      if (status == AssessmentStatus.DEMONSTRATED) {
        demonstrated++;
      } else if (status == AssessmentStatus.NOT_APPLICABLE) {
        notApplicable++;
      }
    }
    return new LevelProgress(level, demonstrated, criteria.size() - notApplicable, notApplicable);
  }

  private static String explain(
      int level,
      SubLevel subLevel,
      LevelProgress current,
      LevelProgress next,
      int more,
      Integer target) {
    StringBuilder words = new StringBuilder();
    words
        .append(level)
        .append(subLevel.name())
        .append(": ")
        .append(current.demonstrated())
        .append(" of ")
        .append(current.criteria())
        .append(" level-")
        .append(level)
        .append(" criteria demonstrated");
    if (current.notApplicable() > 0) {
      words.append(" (").append(current.notApplicable()).append(" not applicable)");
    }
    if (subLevel.next() != null) {
      words
          .append("; ")
          .append(more)
          .append(" more for ")
          .append(level)
          .append(subLevel.next().name());
    } else {
      words.append("; the top of level ").append(level);
    }
    words.append('.');
    if (next != null) {
      words
          .append(" Level ")
          .append(next.level())
          .append(": ")
          .append(next.demonstrated())
          .append(" of ")
          .append(next.criteria())
          .append('.');
    } else {
      words.append(" Level ").append(level).append(" is the top of this framework.");
    }
    if (target != null && target != level) {
      words.append(" Aiming for level ").append(target).append('.');
    }
    return words.toString();
  }
}
