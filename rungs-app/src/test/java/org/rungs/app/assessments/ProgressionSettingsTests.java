package org.rungs.app.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rungs.progression.SubLevel;
import org.rungs.progression.SubLevelThresholds;

class ProgressionSettingsTests {

  @Test
  void defaultsToQuartiles() {
    assertThat(new ProgressionSettings(null, null, null).thresholds())
        .isEqualTo(SubLevelThresholds.QUARTILES);
  }

  @Test
  void takesTheConfiguredShares() {
    SubLevelThresholds strict = new ProgressionSettings(null, null, 0.9).thresholds();

    assertThat(strict.subLevel(8, 10)).isEqualTo(SubLevel.C);
    assertThat(strict.subLevel(9, 10)).isEqualTo(SubLevel.D);
  }

  @Test
  void refusesSharesThatDoNotRise() {
    assertThatThrownBy(() -> new ProgressionSettings(0.5, 0.4, 0.9).thresholds())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B=0.5 C=0.4 D=0.9");
  }
}
