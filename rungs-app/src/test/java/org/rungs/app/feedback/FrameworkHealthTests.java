package org.rungs.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rungs.app.assessments.Assessments;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Frameworks;
import org.rungs.progression.AssessmentStatus;

class FrameworkHealthTests {

  private final Framework backend =
      Frameworks.load(Path.of("..", "frameworks")).find("/engineering/backend").orElseThrow();
  private final Criterion levelThree = backend.topics().get(0).criteriaAt(3).get(0);
  private final Criterion levelTwo = backend.topics().get(0).criteriaAt(2).get(0);

  @Test
  void flagsACriterionEveryoneAtTheLevelBelowAlreadyDemonstrates() {
    List<Assessments.Views> views = new ArrayList<>();
    Map<Long, Integer> levels = new HashMap<>();
    for (long person = 1; person <= 5; person++) {
      levels.put(person, 2);
      views.add(views(person, levelThree, AssessmentStatus.DEMONSTRATED));
    }

    HealthPage.Line line = line(levelThree, views, levels);

    assertThat(line.flag()).isEqualTo("everyone at level 2 already demonstrates it");
    assertThat(line.demonstratedPercent()).isEqualTo(100);
  }

  @Test
  void flagsACriterionNobodyDemonstratesAndCountsDisagreements() {
    List<Assessments.Views> views = new ArrayList<>();
    for (long person = 1; person <= 6; person++) {
      views.add(
          new Assessments.Views(
              person,
              levelTwo.id().value(),
              person <= 3 ? AssessmentStatus.DEMONSTRATED : AssessmentStatus.NOT_YET,
              AssessmentStatus.NOT_YET,
              AssessmentStatus.NOT_YET));
    }

    HealthPage.Line line = line(levelTwo, views, Map.of());

    assertThat(line.flag()).isEqualTo("nobody demonstrates it");
    assertThat(line.assessed()).isEqualTo(6);
    assertThat(line.disagreementPercent()).isEqualTo(50);
  }

  @Test
  void fewerThanFivePeopleGiveNoRateAndNoFlag() {
    HealthPage.Line line =
        line(levelTwo, List.of(views(1, levelTwo, AssessmentStatus.NOT_YET)), Map.of(1L, 2));

    assertThat(line.demonstratedPercent()).isNull();
    assertThat(line.flag()).isNull();
  }

  private HealthPage.Line line(
      Criterion criterion, List<Assessments.Views> views, Map<Long, Integer> levels) {
    return FrameworkHealth.of(backend, views, levels, Map.of(), Map.of()).stream()
        .filter(line -> line.criterionId().equals(criterion.id().value()))
        .findFirst()
        .orElseThrow();
  }

  private static Assessments.Views views(
      long person, Criterion criterion, AssessmentStatus agreed) {
    return new Assessments.Views(person, criterion.id().value(), agreed, agreed, agreed);
  }
}
