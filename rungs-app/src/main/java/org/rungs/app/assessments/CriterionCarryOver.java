package org.rungs.app.assessments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.framework.Framework;
import org.rungs.progression.CriterionMatching;
import org.rungs.progression.CriterionMatching.Match;
import org.rungs.progression.CriterionMatching.Placed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries assessments over when a framework file changes. Assessments are stored by criterion id,
 * and a criterion without an explicit id gets a new one when it is reworded; so each time the
 * frameworks change, every framework is matched against the snapshot of its criteria Rungs last saw
 * ({@link CriterionMatching}), and the assessments, evidence links and check-in focus of a
 * criterion that clearly matches a new one move to the new id. Whatever does not match clearly
 * stays under its old id and is shown as "changed since assessed"; nothing is deleted.
 *
 * <p>It runs before any assessment is read after a change, so nobody sees the moment between. Every
 * carried assessment is in the audit trail, with no actor: the file edit did it.
 */
@Service
public class CriterionCarryOver {

  private static final Logger log = LoggerFactory.getLogger(CriterionCarryOver.class);

  private final FrameworkLibrary frameworks;
  private final FrameworkSnapshots snapshots;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  /** How long to wait after a failed carry-over before trying again. */
  static final long RETRY_AFTER_MILLIS = 30_000;

  private volatile long reconciledVersion = -1;
  private volatile long retryAt;

  public CriterionCarryOver(
      FrameworkLibrary frameworks,
      FrameworkSnapshots snapshots,
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager) {
    this.frameworks = frameworks;
    this.snapshots = snapshots;
    this.jdbc = jdbc;
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
    matching.ifPresent(m -> m.matched().forEach(match -> carry(framework.path(), match)));
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

  private void carry(String framework, Match match) {
    String from = match.before().value();
    String to = match.after().value();
    // Someone who already assessed the new wording keeps that; their old assessment stays as
    // "changed since assessed" rather than overwriting it.
    jdbc.sql(
            """
            insert into audit_event (actor_id, entity, entity_id, action, before_value, after_value)
            select null, 'assessment', concat(person_id, ':', framework, ':', ?), 'carried-over',
                   concat(criterion_id, ': ', criterion_text), ?
            from assessment a
            where framework = ? and criterion_id = ? and not exists (
              select 1 from assessment b
              where b.person_id = a.person_id and b.framework = a.framework and b.criterion_id = ?)
            """)
        .params(to, to + " (" + match.reason() + ")", framework, from, to)
        .update();
    jdbc.sql(
            """
            update assessment set criterion_id = ?, version = version + 1
            where framework = ? and criterion_id = ? and not exists (
              select 1 from assessment b
              where b.person_id = assessment.person_id and b.framework = assessment.framework
                and b.criterion_id = ?)
            """)
        .params(to, framework, from, to)
        .update();
    // Evidence names criteria by id alone; carry the links of people who progress in this
    // framework or hold it as a badge.
    jdbc.sql(
            """
            update evidence_criterion set criterion_id = ?
            where criterion_id = ?
              and evidence_id in (
                select e.id from evidence e join person p on p.id = e.person_id
                where p.framework = ?
                   or exists (select 1 from person_badge g where g.person_id = p.id and g.framework = ?))
              and not exists (
                select 1 from evidence_criterion c
                where c.evidence_id = evidence_criterion.evidence_id and c.criterion_id = ?)
            """)
        .params(to, from, framework, framework, to)
        .update();
    jdbc.sql(
            """
            update check_in_focus set criterion_id = ?
            where criterion_id = ?
              and check_in_id in (select id from check_in where framework = ?)
              and not exists (
                select 1 from check_in_focus f
                where f.check_in_id = check_in_focus.check_in_id and f.criterion_id = ?)
            """)
        .params(to, from, framework, to)
        .update();
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
