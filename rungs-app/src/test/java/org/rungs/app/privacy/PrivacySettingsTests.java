package org.rungs.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PrivacySettingsTests {

  private static final Instant NOW = Instant.parse("2030-06-01T10:00:00Z");

  @Test
  void retentionIsOffUnlessSet() {
    assertThat(new PrivacySettings(null, "0 30 3 * * *").cutoff(NOW)).isEmpty();
  }

  @Test
  void theCutoffIsThePeriodBeforeNowInCalendarTerms() {
    assertThat(new PrivacySettings(Period.ofYears(2), "0 30 3 * * *").cutoff(NOW))
        .contains(Instant.parse("2028-06-01T10:00:00Z"));
  }

  @Test
  void rejectsARetentionThatIsNotAfterLeaving() {
    assertThatThrownBy(() -> new PrivacySettings(Period.ZERO, "0 30 3 * * *"))
        .hasMessageContaining("positive period such as P2Y, not P0D");
  }
}
