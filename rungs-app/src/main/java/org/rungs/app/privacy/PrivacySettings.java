package org.rungs.app.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Rungs keeps the records of people who left.
 *
 * @param retention how long after leaving a person is erased automatically, e.g. {@code P2Y}; unset
 *     (the default) keeps them until an admin erases them
 * @param retentionSchedule when the retention job looks for people due (a cron expression)
 */
@ConfigurationProperties("rungs.privacy")
public record PrivacySettings(
    Period retention, @DefaultValue("0 30 3 * * *") String retentionSchedule) {

  public PrivacySettings {
    if (retention != null && (retention.isNegative() || retention.isZero())) {
      throw new IllegalArgumentException(
          "rungs.privacy.retention must be a positive period such as P2Y, not " + retention);
    }
  }

  /** Those who left before this instant are due for erasure at {@code now}; empty when off. */
  Optional<Instant> cutoff(Instant now) {
    return Optional.ofNullable(retention)
        .map(period -> now.atOffset(ZoneOffset.UTC).minus(period).toInstant());
  }
}
