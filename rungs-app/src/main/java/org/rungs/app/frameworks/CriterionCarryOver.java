package org.rungs.app.frameworks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rungs.framework.Framework;
import org.rungs.progression.CriterionMatching;
import org.rungs.progression.CriterionMatching.Placed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries assessments over when a framework file changes. Assessments are stored by criterion id,
 * and a criterion without an explicit id gets a new one when it is reworded; so each time the
 * frameworks change, every framework is matched against the snapshot of its criteria Rungs last saw
 * ({@link CriterionMatching}), and the assessments, evidence links and check-in focus of a
 * criterion that clearly matches a new one move to the new id: this class publishes {@link
 * CriteriaCarriedOver} and each of those features moves its own rows. Whatever does not match
 * clearly stays under its old id and is shown as "changed since assessed"; nothing is deleted.
 *
 * <p>It runs before any assessment is read after a change, so nobody sees the moment between. Every
 * carried assessment is in the audit trail, with no actor: the file edit did it.
 */
@Service
public class CriterionCarryOver {

  private static final Logger log = LoggerFactory.getLogger(CriterionCarryOver.class);

  private final FrameworkLibrary frameworks;
  private final FrameworkSnapshots snapshots;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  /** How long to wait after a failed carry-over before trying again. */
  static final long RETRY_AFTER_MILLIS = 30_000;

  private volatile long reconciledVersion = -1;
  private volatile long retryAt;

  public CriterionCarryOver(
      FrameworkLibrary frameworks,
      FrameworkSnapshots snapshots,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.frameworks = frameworks;
    this.snapshots = snapshots;
    this.events = events;
    // Its own transaction per framework, apart from the request's: a failure here must not spoil
    // the caller's work, and locks are held only while one framework is carried over.
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Takes the first snapshots (or catches up with edits made while Rungs was stopped). */
  @EventListener(ApplicationReadyEvent.class)
  public void atStart() {
    catchUp();
  }

  /** Brings assessments up to date with the frameworks as they are now; cheap when they are. */
  public void catchUp() {
    FrameworkLibrary.Version version = frameworks.current();
    if (version.number() == reconciledVersion || System.currentTimeMillis() < retryAt) {
      return;
    }
    synchronized (this) {
      if (version.number() == reconciledVersion || System.currentTimeMillis() < retryAt) {
        return;
      }
      boolean allDone = true;
      for (Framework framework : version.set().frameworks()) {
        try {
          transactions.executeWithoutResult(status -> reconcile(framework));
        } catch (RuntimeException failed) {
          // The database may be briefly away, or another server may be saving the same
          // snapshot: try again a little later rather than fail the page, or retry (and warn)
          // on every read while the failure lasts.
          allDone = false;
          log.warn(
              "could not carry assessments over for {}: {}", framework.path(), failed.toString());
        }
      }
      if (allDone) {
        reconciledVersion = version.number();
      } else {
        retryAt = System.currentTimeMillis() + RETRY_AFTER_MILLIS;
      }
    }
  }

  /** Matches one framework against its snapshot and carries its assessments over. */
  Optional<CriterionMatching> reconcile(Framework framework) {
    List<Placed> now = Placed.of(framework);
    String fingerprint = fingerprint(now);
    Optional<String> before = snapshots.lockFingerprint(framework.path());
    if (before.isPresent() && before.get().equals(fingerprint)) {
      return Optional.empty();
    }
    Optional<CriterionMatching> matching =
        before.map(seen -> CriterionMatching.between(snapshots.criteria(framework.path()), now));
    matching
        .filter(m -> !m.matched().isEmpty())
        .ifPresent(
            m ->
                events.publishEvent(
                    new CriteriaCarriedOver(
                        framework.path(),
                        m.matched().stream()
                            .map(
                                match ->
                                    new CriteriaCarriedOver.Move(
                                        match.before().value(),
                                        match.after().value(),
                                        match.reason()))
                            .toList())));
    snapshots.save(framework.path(), fingerprint, now, before.isPresent());
    matching.ifPresent(
        m -> {
          if (!m.matched().isEmpty() || !m.unmatched().isEmpty()) {
            log.info(
                "{} changed: {} criteria carried over to their new wording, {} changed since"
                    + " assessed",
                framework.path(),
                m.matched().size(),
                m.unmatched().size());
          }
        });
    return matching;
  }

  static String fingerprint(List<Placed> criteria) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Placed criterion : criteria) {
        digest.update(
            (criterion.id().value()
                    + '\u0000'
                    + criterion.place().topic()
                    + '\u0000'
                    + criterion.place().level()
                    + '\u0000'
                    + criterion.text()
                    + '\n')
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java has SHA-256", impossible);
    }
  }
}
