package org.rungs.progression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;

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
   * The only agreed statuses a standing depends on: any other counts as not yet demonstrated, just
   * like a criterion never assessed. A page showing many people's standings need read no others.
   */
  public static final Set<AssessmentStatus> COUNTED =
      Collections.unmodifiableSet(
          EnumSet.of(AssessmentStatus.DEMONSTRATED, AssessmentStatus.NOT_APPLICABLE));

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
    return of(LevelCriteria.of(framework, level), agreed, target, thresholds);
  }

  /**
   * The standing of someone at the level {@code criteria} were gathered for: the same as {@link
   * #of(Framework, int, Map, Integer, SubLevelThresholds)}, without walking the framework again.
   *
   * @param agreed the agreed status of each criterion, by id; missing ids are "not yet"
   * @param target the agreed target level, or {@code null}
   * @throws IllegalArgumentException if {@code target} is not a level of the framework
   */
  public static Standing of(
      LevelCriteria criteria,
      Map<CriterionId, AssessmentStatus> agreed,
      Integer target,
      SubLevelThresholds thresholds) {
    Objects.requireNonNull(agreed, "agreed");
    Objects.requireNonNull(thresholds, "thresholds");
    int level = criteria.level();
    if (target != null && (target < 1 || target > criteria.levels())) {
      throw new IllegalArgumentException(
          "target level "
              + target
              + " is not a level of "
              + criteria.framework()
              + " (1 to "
              + criteria.levels()
              + ")");
    }
    LevelProgress current = progress(criteria.current(), level, agreed);
    LevelProgress next =
        criteria.next() == null ? null : progress(criteria.next(), level + 1, agreed);
    SubLevel subLevel = thresholds.subLevel(current.demonstrated(), current.criteria());
    int more =
        subLevel.next() == null
            ? 0
            : thresholds.moreFor(subLevel.next(), current.demonstrated(), current.criteria());
    List<TopicProgress> topics = new ArrayList<>(criteria.topics().size());
    for (LevelCriteria.TopicCriteria topic : criteria.topics()) {
      topics.add(
          new TopicProgress(
              topic.topicName(),
              topic.topicTitle(),
              progress(topic.criteria(), topic.level(), agreed)));
    }
    String explanation = explain(level, subLevel, current, next, more, target);
    return new Standing(level, subLevel, current, next, target, more, topics, explanation);
  }

  /** Progress at one level of a framework, all topics together. */
  public static LevelProgress progress(
      Framework framework, int level, Map<CriterionId, AssessmentStatus> agreed) {
    return progress(LevelCriteria.at(framework, level), level, agreed);
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
