package org.rungs.app.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How hard signing in is to flood and to guess (docs/operations.md).
 *
 * @param accountFailures failed sign-ins allowed in a row for one email before it is throttled
 * @param accountEvery once throttled, one more try per this long
 * @param addressFailures failed sign-ins allowed in a row from one client address
 * @param addressEvery once throttled, one more try from that address per this long
 * @param concurrentHashes password hashes computed at once (each Argon2id hash takes 16 MiB for its
 *     duration); 0 means the number of processors
 * @param hashWait how long a sign-in waits for a free hash before it is answered 503
 * @param passwords whether people may sign in with a password (default true); false leaves only
 *     single sign-on ({@link SsoSettings})
 */
@ConfigurationProperties("rungs.sign-in")
record SignInSettings(
    Integer accountFailures,
    Duration accountEvery,
    Integer addressFailures,
    Duration addressEvery,
    Integer concurrentHashes,
    Duration hashWait,
    Boolean passwords) {

  SignInSettings {
    accountFailures = accountFailures == null ? 5 : accountFailures;
    accountEvery = accountEvery == null ? Duration.ofMinutes(1) : accountEvery;
    addressFailures = addressFailures == null ? 30 : addressFailures;
    addressEvery = addressEvery == null ? Duration.ofSeconds(2) : addressEvery;
    concurrentHashes =
        concurrentHashes == null || concurrentHashes <= 0
            ? Runtime.getRuntime().availableProcessors()
            : concurrentHashes;
    hashWait = hashWait == null ? Duration.ofSeconds(2) : hashWait;
    passwords = passwords == null || passwords;
  }

  static SignInSettings defaults() {
    return new SignInSettings(null, null, null, null, null, null, null);
  }
}
