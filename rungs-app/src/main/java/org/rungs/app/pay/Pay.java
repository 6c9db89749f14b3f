package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.LevelCriteria;
import org.rungs.progression.Standing;
import org.rungs.progression.pay.AgreedJudgement;
import org.rungs.progression.pay.Calibration;
import org.rungs.progression.pay.CalibrationRow;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayGap;
import org.rungs.progression.pay.PayGapReport;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.PayPositions;
import org.rungs.progression.pay.SalaryBand;
import org.rungs.progression.pay.Sex;
import org.rungs.progression.pay.WorkerInformation;
import org.springframework.stereotype.Service;

/**
 * Pay in Rungs: who may see whose, and the views built on the pure rules of {@code
 * org.rungs.progression.pay}. The access rule is the strictest in Rungs: a person's salary, pay
 * history and sex are for the person and admins only; anyone else is told the person's pay does not
 * exist, as for an id nobody has. Every read of someone else's pay is audited.
 */
@Service
public class Pay {

  private final PayRepository repository;
  private final PayBands bands;
  private final PayCipher cipher;
  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final AuditTrail audit;

  Pay(
      PayRepository repository,
      PayBands bands,
      PayCipher cipher,
      PersonAccess access,
      People people,
      Assessments assessments,
      AuditTrail audit) {
    this.repository = repository;
    this.bands = bands;
    this.cipher = cipher;
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.audit = audit;
  }

  public boolean isOn() {
    return cipher.isOn();
  }

  /** True if {@code viewer} may see {@code person}'s pay: their own, or any for admins. */
  public static boolean maySeePay(Person viewer, Person person) {
    return viewer.id() == person.id() || viewer.isAdmin();
  }

  /**
   * The person whose pay {@code viewer} asks for, refused as not found (the same as for an id
   * nobody has) unless it is their own or they are an admin; refused as a conflict when pay is off.
   */
  Person requirePayOf(Person viewer, long id) {
    Person person = access.require(viewer, id);
    if (!maySeePay(viewer, person)) {
      throw new Refused(new Refusal.NotFound("there is no person " + id + " that you can see"));
    }
    requireOn();
    return person;
  }

  void requireOn() {
    if (!cipher.isOn()) {
      throw new Refused(new Refusal.Conflict(PayCipher.OFF));
    }
  }

  /** Admins only; everyone else is forbidden, as the admin pages are. */
  static void requireAdmin(Person viewer) {
    if (!viewer.isAdmin()) {
      throw new Refused(new Refusal.Forbidden("only admins may see this"));
    }
  }

  /** {@code person}'s pay for {@code viewer}, who {@link #requirePayOf may see it}; audited. */
  MyPay of(Person viewer, Person person) {
    readBy(viewer, person);
    PayHistory history = repository.historyOf(person.id());
    List<PayChange> newestFirst = new ArrayList<>(history.changes());
    java.util.Collections.reverse(newestFirst);
    LocalDate today = LocalDate.now();
    Optional<PayChange> pay = history.on(today);
    Optional<Standing> standing = assessments.standing(person);
    if (pay.isEmpty()) {
      return new MyPay(person, null, null, null, null, "No pay is recorded yet.", newestFirst);
    }
    if (standing.isEmpty()) {
      return new MyPay(
          person,
          pay.get(),
          null,
          null,
          null,
          "There is no standing to place the pay by: the framework or level is not set.",
          newestFirst);
    }
    PayBands.Current current = bands.current();
    Optional<SalaryBand> band =
        current
            .bands()
            .inForce(person.framework(), person.level(), pay.get().zone(), today)
            .filter(b -> b.currency().equals(pay.get().baseSalary().currency()));
    if (band.isEmpty()) {
      return new MyPay(
          person,
          pay.get(),
          null,
          standing.get(),
          null,
          "No salary band in "
              + pay.get().baseSalary().currency()
              + " covers "
              + person.framework()
              + " level "
              + person.level()
              + " yet.",
          newestFirst);
    }
    return new MyPay(
        person,
        pay.get(),
        band.get(),
        standing.get(),
        PayPositions.of(pay.get(), band.get(), standing.get(), current.positions()),
        null,
        newestFirst);
  }

  /** Records that {@code viewer} read {@code person}'s pay, unless it is their own. */
  void readBy(Person viewer, Person person) {
    if (viewer.id() != person.id()) {
      audit.record(viewer.id(), "pay", String.valueOf(person.id()), "read", null, null);
    }
  }

  /**
   * Everyone at {@code level} of {@code framework} that {@code viewer} may see: admins with band
   * positions and pay flags; managers their own organisation without them.
   */
  List<CalibrationRow> calibration(Person viewer, String framework, int level) {
    List<Person> seen =
        access.visibleTo(viewer).stream()
            .filter(p -> viewer.isAdmin() || p.id() != viewer.id())
            .filter(
                p -> framework.equals(p.framework()) && Integer.valueOf(level).equals(p.level()))
            .toList();
    Map<Long, Standing> standings = assessments.standings(seen);
    Map<Long, PayHistory> histories = viewer.isAdmin() ? repository.histories() : Map.of();
    List<Calibration.Person> rows = new ArrayList<>();
    for (Person person : seen) {
      Standing standing = standings.get(person.id());
      if (standing != null) {
        rows.add(
            new Calibration.Person(
                String.valueOf(person.id()),
                standing,
                person.levelSince(),
                histories.get(person.id())));
      }
    }
    PayBands.Current current = viewer.isAdmin() ? bands.current() : null;
    return Calibration.rows(
        framework,
        level,
        rows,
        current == null ? org.rungs.progression.pay.SalaryBands.of(List.of()) : current.bands(),
        current == null ? org.rungs.progression.pay.BandPositions.QUARTERS : current.positions(),
        LocalDate.now(),
        viewer.isAdmin());
  }

  /** Every manager's leniency against the rest of the organisation (admins). */
  ManagerConsistency.Report consistency() {
    List<Person> everyone = people.everyone();
    Map<Long, Map<CriterionId, AssessmentStatus>> agreed = assessments.agreedOf(everyone);
    Map<String, Optional<Framework>> frameworks = new HashMap<>();
    Map<String, LevelCriteria> levels = new HashMap<>();
    List<AgreedJudgement> judgements = new ArrayList<>();
    for (Person person : everyone) {
      Map<CriterionId, AssessmentStatus> statuses = agreed.get(person.id());
      if (statuses == null || person.managerId() == null || person.level() == null) {
        continue;
      }
      Optional<Framework> framework =
          frameworks.computeIfAbsent(person.framework(), path -> people.frameworkOf(person));
      if (framework.isEmpty() || !framework.get().hasLevel(person.level())) {
        continue;
      }
      LevelCriteria criteria =
          levels.computeIfAbsent(
              person.framework() + "#" + person.level(),
              key -> LevelCriteria.of(framework.get(), person.level()));
      for (var criterion : criteria.current()) {
        AssessmentStatus status = statuses.get(criterion.id());
        if (status != null && status != AssessmentStatus.NOT_APPLICABLE) {
          judgements.add(
              new AgreedJudgement(
                  String.valueOf(person.id()),
                  String.valueOf(person.managerId()),
                  person.framework(),
                  person.level(),
                  criterion.id(),
                  status == AssessmentStatus.DEMONSTRATED));
        }
      }
    }
    return ManagerConsistency.of(judgements);
  }

  /** The pay gap report for {@code date}, with every figure (admins). */
  PayGapReport payGap(LocalDate date) {
    return PayGap.report(payGapPeople(), date, PayGap.Audience.ADMIN);
  }

  /** What {@code person} is told when they ask under Art. 7; averages of fewer than 5 left out. */
  Optional<WorkerInformation> workerInformation(Person person, LocalDate date) {
    return WorkerInformation.of(payGapPeople(), String.valueOf(person.id()), date);
  }

  private List<PayGap.Person> payGapPeople() {
    List<Person> everyone = people.everyone();
    Map<Long, Standing> standings = assessments.standings(everyone);
    Map<Long, PayHistory> histories = repository.histories();
    Map<Long, Sex> sexes = repository.sexes();
    List<PayGap.Person> paid = new ArrayList<>();
    for (Person person : everyone) {
      PayHistory history = histories.get(person.id());
      Standing standing = standings.get(person.id());
      if (history == null || standing == null) {
        continue;
      }
      paid.add(
          new PayGap.Person(
              String.valueOf(person.id()),
              sexes.getOrDefault(person.id(), Sex.UNDISCLOSED),
              person.framework(),
              person.level(),
              standing.subLevel(),
              history));
    }
    return paid;
  }

  /** The framework calibration opens on when none is named: the first one anyone is on. */
  String firstFramework() {
    return people.everyone().stream()
        .map(Person::framework)
        .filter(java.util.Objects::nonNull)
        .sorted()
        .findFirst()
        .orElse("/");
  }

  /** The bands in force and any problem with {@code bands.yml}. */
  PayBands.Current bands() {
    return bands.current();
  }

  /**
   * Problems with {@code bands.yml}, for where framework problems are shown; none if pay is off.
   */
  public List<String> bandProblems() {
    return bands.current().problems();
  }
}
