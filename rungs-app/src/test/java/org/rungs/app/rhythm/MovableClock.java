package org.rungs.app.rhythm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The time the app's jobs read, moved by a test; now until it is moved. */
final class MovableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  void moveBy(Duration by) {
    offset = by;
  }

  void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Puts it in place of the app's clock. */
  @TestConfiguration(proxyBeanMethods = false)
  static class InPlace {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }
}
