package org.rungs.progression.pay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a person's pay changed, as the pay history shows it. */
public enum PayReason {
  HIRE,
  PROMOTION,
  SUB_LEVEL_MOVE,
  /** A pay review round; the round itself is named beside the change by the app. */
  REVIEW,
  MARKET_ADJUSTMENT;

  /** Words for people and files, e.g. "sub-level move". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("sub level", "sub-level");
  }

  /** Reads a label back, in any case, with spaces, hyphens or underscores. */
  public static Optional<PayReason> of(String written) {
    String key = written.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(reason -> reason.name().equals(key)).findFirst();
  }
}
