package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelComparisonTests {

  private static final String FRAMEWORK =
      """
      ---
      path: "/f"
      title: "F"
      yaml: true
      levels: 3
      topics:
        - name: "impact"
          content:
            - level: 1
              criteria: ["Ships small tasks", "Asks for help"]
            - level: 2
              criteria: ["Ships projects", "asks for help.", "Plans work"]
        - name: "leadership"
          content:
            - level: 3
              criteria: ["Mentors"]
      ---
      """;

  private static Framework framework() {
    return Frameworks.resolve(
            List.of("f.md"), List.of(FrameworkParser.parse(FRAMEWORK, "f.md")), List.of())
        .frameworks()
        .get(0);
  }

  @Test
  void showsWhatIsNewWhatIsDroppedAndWhatIsShared() {
    LevelComparison comparison = LevelComparison.between(framework(), 1, 2);

    LevelComparison.TopicChange impact = comparison.topics().get(0);
    assertThat(impact.added())
        .extracting(Criterion::text)
        .containsExactly("Ships projects", "Plans work");
    assertThat(impact.dropped()).extracting(Criterion::text).containsExactly("Ships small tasks");
    assertThat(impact.shared()).extracting(Criterion::text).containsExactly("asks for help.");
    assertThat(comparison.topics()).hasSize(1);
    assertThat(comparison.addedCount()).isEqualTo(2);
  }

  @Test
  void includesTopicsThatStartAtTheHigherLevel() {
    LevelComparison comparison = LevelComparison.between(framework(), 2, 3);

    assertThat(comparison.topics())
        .extracting(change -> change.topic().name())
        .containsExactly("impact", "leadership");
    assertThat(comparison.topics().get(1).added())
        .extracting(Criterion::text)
        .containsExactly("Mentors");
  }

  @Test
  void rejectsLevelsTheFrameworkDoesNotHave() {
    assertThatThrownBy(() -> LevelComparison.between(framework(), 1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level 4 is not a level of /f (1 to 3)");
  }
}
