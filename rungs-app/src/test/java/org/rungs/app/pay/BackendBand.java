package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;

/** The pay band most pay tests stand on: backend level 2, GBP 45,000–60,000 from 2025. */
final class BackendBand {

  private BackendBand() {}

  static void importInto(PayFiles files) {
    assertThat(
            files
                .importBands(
                    null,
                    "framework,level,zone,currency,min,max,effective_from\n"
                        + "/engineering/backend,2,,GBP,45000,60000,2025-01-01\n",
                    false)
                .problems())
        .isEmpty();
  }
}
