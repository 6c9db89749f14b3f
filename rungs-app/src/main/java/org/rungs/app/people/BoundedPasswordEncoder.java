package org.rungs.app.people;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that computes at most a fixed number of hashes at once. Argon2id takes 16 MiB
 * per hash for its duration: 48 sign-ins at once took 768 MiB and ran a 512 MiB server out of
 * memory (issue 9). Beyond the bound a sign-in waits briefly, then is refused with {@link Busy}
 * (answered 503), so the server keeps memory for everything else. Thread-safe.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

  /** No hash could be started in time: the server is busy checking other passwords. */
  static final class Busy extends AuthenticationServiceException {
    Busy() {
      super("too many sign-ins at once; try again in a moment");
    }
  }

  private final PasswordEncoder hashes;
  private final Semaphore inFlight;
  private final Duration wait;

  BoundedPasswordEncoder(PasswordEncoder hashes, int concurrent, Duration wait) {
    this.hashes = hashes;
    this.inFlight = new Semaphore(concurrent, true);
    this.wait = wait;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    acquire();
    try {
      return hashes.encode(rawPassword);
    } finally {
      inFlight.release();
    }
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    acquire();
    try {
      return hashes.matches(rawPassword, encodedPassword);
    } finally {
      inFlight.release();
    }
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return hashes.upgradeEncoding(encodedPassword);
  }

  private void acquire() {
    try {
      if (!inFlight.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
  }
}
