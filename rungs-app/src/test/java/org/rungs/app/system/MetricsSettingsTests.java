package org.rungs.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsSettingsTests {

  @Test
  void refusesAShortScrapeTokenWithoutRepeatingIt() {
    assertThatThrownBy(() -> new MetricsSettings("hunter2").scrapeToken())
        .hasMessageContaining("at least 16 characters")
        .hasMessageEndingWith("not 7")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aBlankTokenMeansNone() {
    assertThat(new MetricsSettings("  ").scrapeToken()).isEmpty();
  }

  @Test
  void neverShowsTheTokenInItsText() {
    assertThat(new MetricsSettings("0123456789abcdef0123").toString())
        .doesNotContain("0123456789abcdef");
  }
}
