package org.rungs.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time the app's jobs read, moved by a test: either real time or a stopped instant, plus
 * however far the test has moved it. Put in place of the app's {@link Clock} bean as a
 * {@code @Primary} bean, so that reminders come due and retention expires without waiting.
 */
public final class MovableClock extends Clock {

  private final Supplier<Instant> base;
  private volatile Duration offset = Duration.ZERO;

  private MovableClock(Supplier<Instant> base) {
    this.base = base;
  }

  /** Real time, until a test moves it. */
  public static MovableClock followingRealTime() {
    return new MovableClock(Instant::now);
  }

  /** A clock that stands still at {@code start} except when a test moves it. */
  public static MovableClock stoppedAt(Instant start) {
    return new MovableClock(() -> start);
  }

  /** Moves the clock by {@code by} (back, if negative) from wherever it is. */
  public void moveBy(Duration by) {
    offset = offset.plus(by);
  }

  /** Undoes every move. */
  public void reset() {
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
    return base.get().plus(offset);
  }

  /** Puts a clock following real time in place of the app's clock. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class InPlace {
    @Bean
    @Primary
    MovableClock movableClock() {
      return followingRealTime();
    }
  }
}
