package org.rungs.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rungs.app.assessments.AssessmentBulk;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.checkins.CheckInBulk;
import org.rungs.app.evidence.EvidenceBulk;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.People;
import org.rungs.app.people.PeopleBulk;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A made-up organisation, for trying Rungs out and for load tests: a reporting tree under one head,
 * teams by discipline, levels by seniority, assessments, evidence and check-ins, and a few accounts
 * to sign in with.
 *
 * <p>The people (names, emails, reporting lines, frameworks, levels) depend only on the number of
 * people and the seed; dates are relative to today. Rows go in with batched multi-row inserts,
 * committed every 1,000 people (H2 slows down badly in one huge transaction), so 10,000 people take
 * seconds; after a failure what was written is deleted again, but a killed process can leave part
 * of an organisation behind.
 */
@Component
class DemoOrganisation {

  public static final int MAX_PEOPLE = 100_000;
  public static final String ADMIN_EMAIL = "admin@example.com";

  /** How senior someone is, which decides their level. */
  public enum Seniority {
    /** The head of the organisation. */
    HEAD,
    /** Reports to the head and manages people. */
    DIRECTOR,
    /** Manages managers. */
    SENIOR_MANAGER,
    /** Manages a team of individual contributors. */
    MANAGER,
    /** An individual contributor reporting to a manager of managers. */
    SENIOR_CONTRIBUTOR,
    /** An individual contributor in a team. */
    CONTRIBUTOR
  }

  /**
   * One person of the planned organisation.
   *
   * @param id their id in the database
   * @param managerId their manager's id, or {@code null} for the head
   * @param depth how many managers are above them
   * @param targetLevel the target agreed in their latest check-in, or {@code null}
   */
  public record Planned(
      long id,
      Long managerId,
      int depth,
      String name,
      String email,
      String framework,
      int level,
      LocalDate levelSince,
      Integer targetLevel,
      List<String> badges,
      Seniority seniority) {}

  /** An account to try Rungs with, and its one-time password. */
  public record Login(String role, String name, String email, String oneTimePassword) {}

  /** What was made. */
  public record Summary(
      int people,
      int managers,
      int depth,
      long assessments,
      long evidence,
      long checkIns,
      long openCheckIns,
      Map<String, Integer> frameworks,
      List<Login> logins,
      List<String> planted,
      Duration elapsed) {}

  /**
   * Why the demo cannot be made: the database already has people (the demo fills only an empty
   * one), or there is no framework with levels to place people in.
   */
  public static final class Refused extends IllegalStateException {
    Refused(String reason) {
      super(reason);
    }
  }

  private static final int CHUNK = 1000;

  private final TransactionTemplate transactions;
  private final FrameworkLibrary frameworks;
  private final People people;
  private final DemoLogins logins;
  private final DemoTables tables;
  private final AuditTrail audit;
  private final org.rungs.app.pay.PayFiles payFiles;
  private final org.rungs.app.pay.PayReviews payReviews;
  private final Clock clock;

  public DemoOrganisation(
      PeopleBulk peopleBulk,
      AssessmentBulk assessmentBulk,
      EvidenceBulk evidenceBulk,
      CheckInBulk checkInBulk,
      PlatformTransactionManager transactionManager,
      FrameworkLibrary frameworks,
      People people,
      Accounts accounts,
      AuditTrail audit,
      org.rungs.app.pay.PayFiles payFiles,
      org.rungs.app.pay.PayReviews payReviews) {
    this.payFiles = payFiles;
    this.payReviews = payReviews;
    this.transactions = new TransactionTemplate(transactionManager);
    this.frameworks = frameworks;
    this.people = people;
    this.logins = new DemoLogins(accounts);
    this.tables = new DemoTables(peopleBulk, assessmentBulk, evidenceBulk, checkInBulk);
    this.audit = audit;
    this.clock = Clock.systemDefaultZone();
  }

  /**
   * Fills the empty database with {@code count} people, plus the admin account.
   *
   * @param progress told now and then how far it got, in words
   * @throws Refused if the database already has people, or there are no frameworks with levels
   * @throws IllegalArgumentException if {@code count} is not 1 to {@value #MAX_PEOPLE}
   */
  public Summary generate(int count, long seed, Consumer<String> progress) {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    Catalogue catalogue = Catalogue.of(frameworks.current().set());
    List<Planned> planned = OrganisationPlanner.plan(catalogue, count, seed, today);
    refuseIfNotEmpty();
    DemoPay.Plan pay = DemoPay.plan(planned, seed, today);
    OrganisationWriter writer =
        new OrganisationWriter(tables, catalogue, seed, today, pay.leniency());
    List<Login> made;
    try {
      made = write(planned, writer, seed, progress);
      if (payFiles.isOn()) {
        payFiles.writeBulk(pay.bands(), pay.pay());
        progress.accept("pay written for " + pay.pay().size() + " people");
        // A pay review round in progress, so managers and admins have one to walk through.
        LocalDate raises = today.plusMonths(1).withDayOfMonth(1);
        payReviews
            .openForDemo("Pay review from " + raises, raises)
            .ifPresent(round -> progress.accept("pay review round " + round + " opened"));
      }
    } catch (RuntimeException failed) {
      try {
        transactions.executeWithoutResult(status -> tables.removePartial(count));
      } catch (RuntimeException alsoFailed) {
        failed.addSuppressed(alsoFailed);
      }
      throw failed;
    }
    return summary(
        planned,
        writer.counts(),
        made,
        payFiles.isOn() ? pay.planted() : List.of(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The people {@link #generate} would make, without writing anything. */
  public List<Planned> plan(int count, long seed) {
    return OrganisationPlanner.plan(
        Catalogue.of(frameworks.current().set()), count, seed, LocalDate.now(clock));
  }

  private void refuseIfNotEmpty() {
    long existing = people.count();
    if (existing > 0) {
      throw new Refused(
          "the database already has "
              + existing
              + (existing == 1 ? " person" : " people")
              + "; the demo fills only an empty database (choose a new --data folder, or an empty database for --db-url)");
    }
  }

  /** Writes everyone, then what they did, then the accounts to sign in with. */
  private List<Login> write(
      List<Planned> planned, OrganisationWriter writer, long seed, Consumer<String> progress) {
    int count = planned.size();
    // A commit every few thousand rows: H2 slows down badly in one huge transaction (measured:
    // 10,000 people take 43 s in one, 13 s in chunks of 1,000).
    for (int from = 0; from < count; from += CHUNK) {
      writeChunk(planned.subList(from, Math.min(count, from + CHUNK)), writer::person, writer);
    }
    progress.accept("people " + count + "/" + count + " written");
    int step = Math.max(CHUNK, (count / 10 + CHUNK - 1) / CHUNK * CHUNK);
    for (int from = 0; from < count; from += CHUNK) {
      int to = Math.min(count, from + CHUNK);
      writeChunk(planned.subList(from, to), writer::activity, writer);
      if (to % step == 0 && to < count) {
        Counts counts = writer.counts();
        progress.accept(
            "people %d/%d: %d assessments, %d evidence, %d check-ins"
                .formatted(to, count, counts.assessments, counts.evidence, counts.checkIns));
      }
    }
    // The rows were given their ids; the identity columns go on after them.
    tables.continueIds();
    progress.accept("all rows written; making the sign-in accounts");
    return transactions.execute(
        status -> {
          audit.record(
              null, "demo", "organisation", "generated", null, count + " people, seed " + seed);
          return logins.make(planned);
        });
  }

  private void writeChunk(List<Planned> chunk, Consumer<Planned> write, OrganisationWriter writer) {
    transactions.executeWithoutResult(
        status -> {
          chunk.forEach(write);
          writer.flush();
        });
  }

  private static Summary summary(
      List<Planned> planned,
      Counts counts,
      List<Login> logins,
      List<String> planted,
      Duration elapsed) {
    Map<String, Integer> byFramework = new LinkedHashMap<>();
    Set<Long> managers = new HashSet<>();
    int depth = 0;
    for (Planned person : planned) {
      byFramework.merge(person.framework(), 1, Integer::sum);
      if (person.managerId() != null) {
        managers.add(person.managerId());
      }
      depth = Math.max(depth, person.depth());
    }
    return new Summary(
        planned.size(),
        managers.size(),
        depth,
        counts.assessments,
        counts.evidence,
        counts.checkIns,
        counts.openCheckIns,
        byFramework,
        logins,
        planted,
        elapsed);
  }
}
