package org.rungs.progression.pay;

import java.util.Locale;

/** Something about a person's pay in their band that calibration should look at. */
public enum PayFlag {
  /** Paid under the band's minimum. */
  BELOW_BAND,
  /** Paid over the band's maximum. */
  ABOVE_BAND,
  /**
   * Paid two or more sub-level stretches below the sub-level they stand at, e.g. in the first
   * quarter of the band while standing at C or D.
   */
  PAID_BELOW_SUB_LEVEL,
  /** Paid two or more sub-level stretches above it, e.g. in the top quarter while at A or B. */
  PAID_ABOVE_SUB_LEVEL;

  /** As the API writes it: {@code below-band}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return code();
  }
}
