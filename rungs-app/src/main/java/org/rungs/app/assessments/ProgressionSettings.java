package org.rungs.app.assessments;

import org.rungs.progression.SubLevelThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sub-levels are reached: the share of a level's criteria demonstrated for B, C and D. Default
 * quartiles; a company that wants D to mean "almost everything" sets, for example, {@code
 * rungs.progression.sub-level-d=0.9}.
 */
@ConfigurationProperties("rungs.progression")
public record ProgressionSettings(Double subLevelB, Double subLevelC, Double subLevelD) {

  /** The thresholds, checked: they must rise from above 0 to at most 1. */
  public SubLevelThresholds thresholds() {
    SubLevelThresholds quartiles = SubLevelThresholds.QUARTILES;
    return new SubLevelThresholds(
        subLevelB == null ? quartiles.b() : subLevelB,
        subLevelC == null ? quartiles.c() : subLevelC,
        subLevelD == null ? quartiles.d() : subLevelD);
  }
}
