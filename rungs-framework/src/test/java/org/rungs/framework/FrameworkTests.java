package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTests {

  private static final String LEVELLED =
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
            - level: 3
              criteria: ["Ships projects"]
      ---
      """;

  private static final String TEXT =
      """
      ---
      path: "/about"
      title: "About"
      ---
      Just text.
      """;

  private static Framework parse(String text, String file) {
    return Frameworks.resolve(List.of(file), List.of(FrameworkParser.parse(text, file)), List.of())
        .frameworks()
        .get(0);
  }

  @Test
  void hasEveryLevelFromOneToItsLevels() {
    Framework framework = parse(LEVELLED, "f.md");

    assertThat(framework.hasLevel(1)).isTrue();
    assertThat(framework.hasLevel(2)).isTrue();
    assertThat(framework.hasLevel(3)).isTrue();
  }

  @Test
  void hasNoLevelBelowOneOrAboveItsLevels() {
    Framework framework = parse(LEVELLED, "f.md");

    assertThat(framework.hasLevel(0)).isFalse();
    assertThat(framework.hasLevel(-1)).isFalse();
    assertThat(framework.hasLevel(4)).isFalse();
  }

  @Test
  void textFrameworkHasNoLevels() {
    Framework framework = parse(TEXT, "about.md");

    assertThat(framework.hasLevel(1)).isFalse();
    assertThatThrownBy(() -> framework.requireLevel(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level 1 is not a level of /about, which has no levels");
  }

  @Test
  void requireLevelGivesBackALevelOfTheFramework() {
    assertThat(parse(LEVELLED, "f.md").requireLevel(3)).isEqualTo(3);
  }

  @Test
  void requireLevelNamesTheLevelAndTheRangeItIsOutside() {
    Framework framework = parse(LEVELLED, "f.md");

    assertThatThrownBy(() -> framework.requireLevel(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level 4 is not a level of /f (1 to 3)");
  }

  @Test
  void criteriaByIdHoldsEveryCriterionInPageOrder() {
    Framework framework = parse(LEVELLED, "f.md");

    assertThat(framework.criteriaById().values())
        .extracting(Criterion::text)
        .containsExactly("Ships small tasks", "Asks for help", "Ships projects");
    framework
        .criteria()
        .forEach(
            criterion ->
                assertThat(framework.criteriaById())
                    .containsEntry(criterion.id().value(), criterion));
    assertThat(framework.criteriaById()).doesNotContainKey("impact-00000000");
  }
}
