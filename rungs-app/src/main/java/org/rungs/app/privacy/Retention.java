package org.rungs.app.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rungs.app.people.Leavers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Erases people who left longer ago than {@code rungs.privacy.retention}, every night (by {@code
 * rungs.privacy.retention-schedule}); does nothing while retention is unset, the default. Who is
 * due can be listed first, as a dry run, on {@code /admin/privacy/} and with {@code rungs people
 * erase --due --dry-run}.
 */
@Configuration
@EnableScheduling
public class Retention {

  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

  private final PrivacySettings settings;
  private final Leavers leavers;
  private final Erasures erasures;
  private final Clock clock;

  Retention(
      PrivacySettings settings, Leavers leavers, Erasures erasures, ObjectProvider<Clock> clock) {
    this.settings = settings;
    this.leavers = leavers;
    this.erasures = erasures;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  public PrivacySettings settings() {
    return settings;
  }

  /** Who is due for erasure now: nobody while retention is off. */
  public List<Leavers.Standing> due() {
    return settings.cutoff(clock.instant()).map(leavers::leftBefore).orElse(List.of());
  }

  /** Erases everyone due now, each in a transaction of their own; how many. */
  public int eraseDue() {
    int erased = 0;
    for (Leavers.Standing standing : due()) {
      if (erasures.erase(standing, null).isEmpty()) {
        erased++;
      }
    }
    return erased;
  }

  @Scheduled(cron = "${rungs.privacy.retention-schedule:0 30 3 * * *}")
  void nightly() {
    if (settings.retention() == null) {
      return;
    }
    Instant started = clock.instant();
    int erased = eraseDue();
    LOG.info(
        "retention {}: erased {} people who left before {}",
        settings.retention(),
        erased,
        settings.cutoff(started).orElseThrow());
  }
}
