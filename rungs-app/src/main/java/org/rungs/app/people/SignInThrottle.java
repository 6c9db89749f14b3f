package org.rungs.app.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: failed sign-ins are counted per account (the email tried) and per client
 * address, each in a leaky bucket. For example, with 5 failures allowed per account and one more
 * per minute, a sixth wrong password in a row waits a minute, and a seventh another one.
 *
 * <p>The contract:
 *
 * <ol>
 *   <li>Each failure fills the bucket of the account and of the address by one; each bucket drains
 *       by one every {@code every}.
 *   <li>A sign-in is refused, before any password is checked, while either bucket is full; the
 *       answer says how long until one more try is allowed.
 *   <li>A successful sign-in empties the account's bucket (not the address's: one good password
 *       must not buy an address more guesses at other accounts).
 *   <li>Memory is bounded: at most {@code MAX_KEYS} buckets per kind; past that, empty buckets are
 *       dropped, and if all are full the oldest state is forgotten (the bound on password hashes in
 *       flight still holds).
 * </ol>
 *
 * <p>Thread-safe.
 */
final class SignInThrottle {

  static final int MAX_KEYS = 100_000;

  private record Bucket(double level, Instant at) {}

  private final Clock clock;
  private final Rule account;
  private final Rule address;

  /** A bucket of {@code failures} that drains one every {@code every}. */
  record Rule(int failures, Duration every) {
    Rule {
      if (failures < 1 || every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException(
            "a throttle needs at least 1 failure and a positive time, not "
                + failures
                + " per "
                + every);
      }
    }
  }

  SignInThrottle(Clock clock, Rule account, Rule address) {
    this.clock = clock;
    this.account = account;
    this.address = address;
  }

  static SignInThrottle of(SignInSettings settings, Clock clock) {
    return new SignInThrottle(
        clock,
        new Rule(settings.accountFailures(), settings.accountEvery()),
        new Rule(settings.addressFailures(), settings.addressEvery()));
  }

  private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

  /** How long {@code email} from {@code clientAddress} must wait, or empty if it may try now. */
  Optional<Duration> waitBefore(String email, String clientAddress) {
    Instant now = clock.instant();
    Duration wait =
        max(wait(accounts, key(email), account, now), wait(addresses, clientAddress, address, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  void failed(String email, String clientAddress) {
    Instant now = clock.instant();
    fill(accounts, key(email), account, now);
    fill(addresses, clientAddress, address, now);
  }

  void succeeded(String email) {
    accounts.remove(key(email));
  }

  private static Duration wait(Map<String, Bucket> buckets, String key, Rule rule, Instant now) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return Duration.ZERO;
    }
    double level = level(bucket, rule, now);
    double over = level - (rule.failures() - 1);
    if (over <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofMillis((long) Math.ceil(over * rule.every().toMillis()));
  }

  private static void fill(Map<String, Bucket> buckets, String key, Rule rule, Instant now) {
    if (buckets.size() >= MAX_KEYS && !buckets.containsKey(key)) {
      buckets.values().removeIf(bucket -> level(bucket, rule, now) <= 0);
      if (buckets.size() >= MAX_KEYS) {
        buckets.clear();
      }
    }
    buckets.compute(
        key,
        (k, bucket) ->
            new Bucket(
                bucket == null ? 1 : Math.min(level(bucket, rule, now), rule.failures()) + 1, now));
  }

  /** What is left in the bucket at {@code now}: it drains one failure every {@code every}. */
  private static double level(Bucket bucket, Rule rule, Instant now) {
    double drained =
        (double) Duration.between(bucket.at(), now).toMillis() / rule.every().toMillis();
    return Math.max(0, bucket.level() - drained);
  }

  private static String key(String email) {
    String key = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    // No email is longer (RFC 5321); a longer one must not make the map hold megabytes.
    return key.length() <= 320 ? key : key.substring(0, 320);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
