package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.Frameworks;

class StandingsTests {

  /** A framework with {@code counts[i]} criteria at level i + 1, split over two topics. */
  static Framework framework(int... counts) {
    StringBuilder text =
        new StringBuilder(
            "---\npath: \"/f\"\ntitle: \"F\"\nyaml: true\nlevels: "
                + counts.length
                + "\ntopics:\n");
    for (String topic : List.of("craft", "impact")) {
      text.append("  - name: \"")
          .append(topic)
          .append("\"\n    title: \"")
          .append(topic)
          .append("\"\n    content:\n");
      for (int level = 1; level <= counts.length; level++) {
        int here = topic.equals("craft") ? (counts[level - 1] + 1) / 2 : counts[level - 1] / 2;
        if (here == 0) {
          continue;
        }
        text.append("      - level: ").append(level).append("\n        criteria:\n");
        for (int i = 0; i < here; i++) {
          text.append("          - \"")
              .append(topic)
              .append(" ")
              .append(level)
              .append('.')
              .append(i)
              .append("\"\n");
        }
      }
    }
    text.append("---\n");
    FrameworkParser.Parsed parsed = FrameworkParser.parse(text.toString(), "f.md");
    return Frameworks.resolve(List.of("f.md"), List.of(parsed), List.of()).frameworks().get(0);
  }

  static Map<CriterionId, AssessmentStatus> demonstrate(Framework framework, int level, int count) {
    Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
    framework.topics().stream()
        .flatMap(topic -> topic.criteriaAt(level).stream())
        .limit(count)
        .map(Criterion::id)
        .forEach(id -> agreed.put(id, AssessmentStatus.DEMONSTRATED));
    return agreed;
  }

  @Test
  void explainsTheStandingInWords() {
    Framework framework = framework(5, 20, 18);
    Map<CriterionId, AssessmentStatus> agreed = demonstrate(framework, 2, 9);
    agreed.putAll(demonstrate(framework, 3, 4));

    Standing standing = Standings.of(framework, 2, agreed, 3, SubLevelThresholds.QUARTILES);

    assertThat(standing.label()).isEqualTo("2B");
    assertThat(standing.current()).isEqualTo(new LevelProgress(2, 9, 20, 0));
    assertThat(standing.next()).isEqualTo(new LevelProgress(3, 4, 18, 0));
    assertThat(standing.moreForNextSubLevel()).isEqualTo(1);
    assertThat(standing.explanation())
        .isEqualTo(
            "2B: 9 of 20 level-2 criteria demonstrated; 1 more for 2C. Level 3: 4 of 18. Aiming for level 3.");
  }

  @Test
  void leavesNotApplicableCriteriaOutOfTheCount() {
    Framework framework = framework(4, 8);
    Map<CriterionId, AssessmentStatus> agreed = demonstrate(framework, 1, 2);
    framework
        .topics()
        .get(1)
        .criteriaAt(1)
        .forEach(c -> agreed.put(c.id(), AssessmentStatus.NOT_APPLICABLE));

    Standing standing = Standings.of(framework, 1, agreed, null, SubLevelThresholds.QUARTILES);

    assertThat(standing.current()).isEqualTo(new LevelProgress(1, 2, 2, 2));
    assertThat(standing.explanation())
        .startsWith(
            "1D: 2 of 2 level-1 criteria demonstrated (2 not applicable); the top of level 1.");
  }

  @Test
  void saysWhenThereIsNoLevelAbove() {
    Framework framework = framework(4, 4);

    Standing standing = Standings.of(framework, 2, Map.of(), null, SubLevelThresholds.QUARTILES);

    assertThat(standing.next()).isNull();
    assertThat(standing.explanation())
        .isEqualTo(
            "2A: 0 of 4 level-2 criteria demonstrated; 1 more for 2B. Level 2 is the top of this framework.");
  }

  @Test
  void countsWorkingTowardsAndUnassessedAsNotYetDemonstrated() {
    Framework framework = framework(4, 4);
    Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
    framework
        .topics()
        .get(0)
        .criteriaAt(1)
        .forEach(c -> agreed.put(c.id(), AssessmentStatus.WORKING_TOWARDS));

    assertThat(
            Standings.of(framework, 1, agreed, null, SubLevelThresholds.QUARTILES)
                .current()
                .demonstrated())
        .isZero();
  }

  @Test
  void reportsProgressTopicByTopicAtTheCurrentAndNextLevel() {
    Framework framework = framework(4, 6);
    Map<CriterionId, AssessmentStatus> agreed = demonstrate(framework, 1, 3);

    Standing standing = Standings.of(framework, 1, agreed, 2, SubLevelThresholds.QUARTILES);

    assertThat(standing.topics())
        .extracting(
            t ->
                t.topicName()
                    + "@"
                    + t.progress().level()
                    + "="
                    + t.progress().demonstrated()
                    + "/"
                    + t.progress().criteria())
        .containsExactly("craft@1=2/2", "craft@2=0/3", "impact@1=1/2", "impact@2=0/3");
  }

  @Test
  void criteriaGatheredOnceForALevelGiveEveryoneAtItTheStandingTheyWouldGetAlone() {
    Framework framework = framework(4, 7, 0, 5);
    AssessmentStatus[] statuses = AssessmentStatus.values();
    java.util.Random random = new java.util.Random(42);
    for (int level = 1; level <= framework.levels(); level++) {
      LevelCriteria gathered = LevelCriteria.of(framework, level);
      for (int person = 0; person < 50; person++) {
        Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
        framework
            .criteria()
            .filter(criterion -> random.nextInt(3) > 0)
            .forEach(
                criterion -> agreed.put(criterion.id(), statuses[random.nextInt(statuses.length)]));
        Integer target = random.nextBoolean() ? null : 1 + random.nextInt(framework.levels());

        assertThat(Standings.of(gathered, agreed, target, SubLevelThresholds.QUARTILES))
            .as("level %d, person %d", level, person)
            .isEqualTo(
                Standings.of(framework, level, agreed, target, SubLevelThresholds.QUARTILES));
      }
    }
  }

  @Test
  void aStandingDependsOnlyOnTheCountedStatuses() {
    Framework framework = framework(6, 8, 5);
    AssessmentStatus[] statuses = AssessmentStatus.values();
    java.util.Random random = new java.util.Random(7);
    for (int person = 0; person < 100; person++) {
      Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
      framework
          .criteria()
          .forEach(
              criterion -> agreed.put(criterion.id(), statuses[random.nextInt(statuses.length)]));
      Map<CriterionId, AssessmentStatus> counted = new HashMap<>(agreed);
      counted.values().removeIf(status -> !Standings.COUNTED.contains(status));
      int level = 1 + random.nextInt(framework.levels());

      assertThat(Standings.of(framework, level, counted, null, SubLevelThresholds.QUARTILES))
          .as("person %d", person)
          .isEqualTo(Standings.of(framework, level, agreed, null, SubLevelThresholds.QUARTILES));
    }
  }

  @Test
  void criteriaGatheredForALevelAreTheLevelsAndTheNextLevelsTopicByTopic() {
    Framework framework = framework(4, 6, 2);

    LevelCriteria second = LevelCriteria.of(framework, 2);
    LevelCriteria top = LevelCriteria.of(framework, 3);

    assertThat(second.current()).hasSize(6);
    assertThat(second.next()).hasSize(2);
    assertThat(second.topics())
        .extracting(t -> t.topicName() + "@" + t.level() + "=" + t.criteria().size())
        .containsExactly("craft@2=3", "craft@3=1", "impact@2=3", "impact@3=1");
    assertThat(top.next()).isNull();
    assertThat(top.topics())
        .extracting(t -> t.topicName() + "@" + t.level())
        .containsExactly("craft@3", "impact@3");
  }

  @Test
  void subLevelsRiseWithTheShareDemonstratedForEveryLevelSize() {
    SubLevelThresholds quartiles = SubLevelThresholds.QUARTILES;
    for (int criteria = 0; criteria <= 60; criteria++) {
      SubLevel previous = SubLevel.A;
      for (int demonstrated = 0; demonstrated <= criteria; demonstrated++) {
        SubLevel subLevel = quartiles.subLevel(demonstrated, criteria);
        double share = criteria == 0 ? 0 : (double) demonstrated / criteria;
        SubLevel expected =
            share >= 0.75
                ? SubLevel.D
                : share >= 0.5 ? SubLevel.C : share >= 0.25 ? SubLevel.B : SubLevel.A;
        assertThat(subLevel).as("%d of %d", demonstrated, criteria).isEqualTo(expected);
        assertThat(subLevel.compareTo(previous)).as("never goes down").isGreaterThanOrEqualTo(0);
        if (subLevel.next() != null && criteria > 0) {
          int more = quartiles.moreFor(subLevel.next(), demonstrated, criteria);
          assertThat(quartiles.subLevel(demonstrated + more, criteria).compareTo(subLevel.next()))
              .as("%d more reach the next sub-level (small levels may skip one)", more)
              .isGreaterThanOrEqualTo(0);
          if (more > 0) {
            assertThat(quartiles.subLevel(demonstrated + more - 1, criteria))
                .as("and no fewer would")
                .isEqualTo(subLevel);
          }
        }
        previous = subLevel;
      }
    }
  }

  @Test
  void exactQuartersReachTheirSubLevel() {
    assertThat(SubLevelThresholds.QUARTILES.subLevel(5, 20)).isEqualTo(SubLevel.B);
    assertThat(SubLevelThresholds.QUARTILES.subLevel(10, 20)).isEqualTo(SubLevel.C);
    assertThat(SubLevelThresholds.QUARTILES.subLevel(15, 20)).isEqualTo(SubLevel.D);
    assertThat(SubLevelThresholds.QUARTILES.subLevel(4, 20)).isEqualTo(SubLevel.A);
  }

  @Test
  void thresholdsAreConfigurableButMustRise() {
    SubLevelThresholds strict = new SubLevelThresholds(0.4, 0.6, 0.9);
    assertThat(strict.subLevel(7, 10)).isEqualTo(SubLevel.C);

    assertThatThrownBy(() -> new SubLevelThresholds(0.5, 0.4, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B=0.5 C=0.4 D=0.9");
  }

  @Test
  void rejectsLevelsTheFrameworkDoesNotHave() {
    Framework framework = framework(4, 4);

    assertThatThrownBy(
            () -> Standings.of(framework, 3, Map.of(), null, SubLevelThresholds.QUARTILES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level 3 is not a level of /f (1 to 2)");
    assertThatThrownBy(() -> Standings.of(framework, 1, Map.of(), 5, SubLevelThresholds.QUARTILES))
        .hasMessageContaining("target level 5");
  }
}
