package org.rungs.app.rhythm;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's check-in rhythm ({@code rungs.check-ins.*}).
 *
 * @param cadence how long after the last agreed check-in (or, before the first, after the day the
 *     person reached their level) the next one is due
 * @param dueSoon how long before the due date the inbox starts to show it
 * @param remindersEvery how often the overdue reminders look for newly overdue check-ins
 */
@ConfigurationProperties("rungs.check-ins")
record CadenceSettings(
    @DefaultValue("P3M") Period cadence,
    @DefaultValue("P14D") Period dueSoon,
    @DefaultValue("1h") Duration remindersEvery) {

  CadenceSettings {
    if (cadence.isNegative() || cadence.isZero()) {
      throw new IllegalArgumentException(
          "rungs.check-ins.cadence must be a positive period such as P3M, not " + cadence);
    }
  }
}
