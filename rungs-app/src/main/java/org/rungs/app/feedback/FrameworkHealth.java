package org.rungs.app.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.assessments.Assessments;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.framework.TopicLevel;
import org.rungs.progression.AssessmentStatus;

/**
 * How each criterion of a framework fares, for its owners: how many people are assessed on it, how
 * often it is demonstrated (as agreed), how often the person's and the manager's views differ, its
 * open "unclear" marks and questions; and a flag for a criterion nobody demonstrates or that
 * everyone at the level below already does. Rates and flags need at least {@value #ENOUGH} people,
 * so that they say something about the wording rather than about one person.
 *
 * <p>Computed from values given, so it makes no query of its own.
 */
final class FrameworkHealth {

  static final int ENOUGH = 5;

  private FrameworkHealth() {}

  static List<HealthPage.Line> of(
      Framework framework,
      List<Assessments.Views> views,
      Map<Long, Integer> levels,
      Map<String, Integer> unclear,
      Map<String, Integer> questions) {
    Map<String, List<Assessments.Views>> byCriterion = new HashMap<>();
    views.forEach(
        v -> byCriterion.computeIfAbsent(v.criterionId(), id -> new ArrayList<>()).add(v));
    List<HealthPage.Line> lines = new ArrayList<>();
    for (Topic topic : framework.topics()) {
      for (TopicLevel at : topic.levels()) {
        for (Criterion criterion : at.criteria()) {
          String id = criterion.id().value();
          List<Assessments.Views> its = byCriterion.getOrDefault(id, List.of());
          lines.add(
              line(
                  criterion,
                  topic.title(),
                  at.level(),
                  its,
                  levels,
                  unclear.getOrDefault(id, 0),
                  questions.getOrDefault(id, 0)));
        }
      }
    }
    return lines;
  }

  private static HealthPage.Line line(
      Criterion criterion,
      String topic,
      int level,
      List<Assessments.Views> views,
      Map<Long, Integer> levels,
      int unclear,
      int questions) {
    int agreed = 0;
    int demonstrated = 0;
    int bothViews = 0;
    int disagreements = 0;
    int below = 0;
    int belowDemonstrated = 0;
    for (Assessments.Views view : views) {
      if (counts(view.agreed())) {
        agreed++;
        boolean shown = view.agreed() == AssessmentStatus.DEMONSTRATED;
        demonstrated += shown ? 1 : 0;
        if (Integer.valueOf(level - 1).equals(levels.get(view.personId()))) {
          below++;
          belowDemonstrated += shown ? 1 : 0;
        }
      }
      if (counts(view.self()) && counts(view.manager())) {
        bothViews++;
        disagreements += view.self() != view.manager() ? 1 : 0;
      }
    }
    String flag = null;
    if (agreed >= ENOUGH && demonstrated == 0) {
      flag = "nobody demonstrates it";
    } else if (below >= ENOUGH && belowDemonstrated == below) {
      flag = "everyone at level " + (level - 1) + " already demonstrates it";
    }
    return new HealthPage.Line(
        criterion.id().value(),
        criterion.text(),
        topic,
        level,
        criterion.isInherited(),
        views.size(),
        agreed >= ENOUGH ? Math.round(100f * demonstrated / agreed) : null,
        bothViews >= ENOUGH ? Math.round(100f * disagreements / bothViews) : null,
        unclear,
        questions,
        flag);
  }

  private static boolean counts(AssessmentStatus status) {
    return status != null && status != AssessmentStatus.NOT_APPLICABLE;
  }
}
