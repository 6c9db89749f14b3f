package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

  /** An encoder that holds each hash until released, counting how many run at once. */
  static final class HeldEncoder implements PasswordEncoder {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "hash";
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return encode(raw).equals(encoded);
    }
  }

  @Test
  void computesAtMostTheBoundAtOnceAndRefusesWhatWaitsTooLong() throws Exception {
    HeldEncoder held = new HeldEncoder();
    PasswordEncoder bounded = new BoundedPasswordEncoder(held, 2, Duration.ofMillis(200));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first = pool.submit(() -> bounded.matches("a", "hash"));
      Future<String> second = pool.submit(() -> bounded.encode("b"));
      while (held.running.get() < 2) {
        Thread.sleep(5);
      }

      assertThatThrownBy(() -> bounded.matches("c", "hash"))
          .isInstanceOf(BoundedPasswordEncoder.Busy.class)
          .hasMessageContaining("try again");

      held.release.countDown();
      assertThat(first.get()).isTrue();
      assertThat(second.get()).isEqualTo("hash");
      assertThat(held.most.get()).isEqualTo(2);
      assertThat(bounded.matches("d", "hash")).as("free again").isTrue();
    } finally {
      pool.shutdownNow();
    }
  }
}
