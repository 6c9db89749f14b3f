package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();
  private final SignInThrottle throttle =
      new SignInThrottle(
          clock,
          new SignInThrottle.Rule(5, Duration.ofMinutes(1)),
          new SignInThrottle.Rule(30, Duration.ofSeconds(2)));

  @Test
  void anAccountMayFailFiveTimesInARowThenWaitsAMinuteForEachTry() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ada@example.com", "192.0.2.1");
      assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).isEmpty();
    }
    throttle.failed("ada@example.com", "192.0.2.1");

    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).contains(Duration.ofMinutes(1));
    assertThat(throttle.waitBefore("ADA@example.com ", "198.51.100.7"))
        .as("the same account from elsewhere, however it is spelled")
        .isPresent();
    assertThat(throttle.waitBefore("bob@example.com", "192.0.2.1")).isEmpty();

    clock.advance(Duration.ofSeconds(59));
    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).isEmpty();
    throttle.failed("ada@example.com", "192.0.2.1");
    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).contains(Duration.ofMinutes(1));
  }

  @Test
  void anAddressThatFailsAtManyAccountsIsThrottledToo() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("guess" + i + "@example.com", "203.0.113.9");
    }

    assertThat(throttle.waitBefore("someone-new@example.com", "203.0.113.9"))
        .contains(Duration.ofSeconds(2));
    assertThat(throttle.waitBefore("someone-new@example.com", "203.0.113.10")).isEmpty();
  }

  @Test
  void aSuccessEmptiesTheAccountsBucketButNotTheAddresss() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ada@example.com", "192.0.2.1");
    }
    for (int i = 0; i < 25; i++) {
      throttle.failed("other" + i + "@example.com", "192.0.2.1");
    }

    throttle.succeeded("ada@example.com");

    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.2")).isEmpty();
    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.1")).isPresent();
  }

  @Test
  void aLongFloodWaitsNoLongerThanTwoIntervals() {
    for (int i = 0; i < 1000; i++) {
      throttle.failed("ada@example.com", "192.0.2." + (i % 200));
    }

    assertThat(throttle.waitBefore("ada@example.com", "192.0.2.250"))
        .contains(Duration.ofMinutes(2));
  }

  @Test
  void manyAddressesDoNotGrowTheStateWithoutBound() {
    for (int i = 0; i < SignInThrottle.MAX_KEYS + 10; i++) {
      throttle.failed("ada@example.com", "10.0." + (i / 65536) + "." + i);
    }

    // It forgot, rather than grew: a flood from many addresses is bounded by the hash limit.
    assertThat(throttle.waitBefore("bob@example.com", "10.0.0.0")).isEmpty();
  }
}
