package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Refused;
import org.rungs.progression.Standing;
import org.rungs.progression.pay.Calibration;
import org.rungs.progression.pay.CalibrationRow;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayGapReport;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.PayPositions;
import org.rungs.progression.pay.SalaryBand;
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
  private final Assessments assessments;
  private final AuditTrail audit;
  private final OrganisationReports reports;

  Pay(
      PayRepository repository,
      PayBands bands,
      PayCipher cipher,
      PersonAccess access,
      Assessments assessments,
      AuditTrail audit,
      OrganisationReports reports) {
    this.repository = repository;
    this.bands = bands;
    this.cipher = cipher;
    this.access = access;
    this.assessments = assessments;
    this.audit = audit;
    this.reports = reports;
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
   * The calibration view: its rows, the people they name, and what the filters offer.
   *
   * @param people everyone the rows name, and their managers, by id as the rows give it
   * @param teams the managers of managers the viewer may choose a team by, by name
   * @param managers the managers of people at this level the viewer may choose, by name
   * @param zones the pay zones people at this level are paid in today (admins only; else empty)
   */
  record Calibrated(
      List<CalibrationRow> rows,
      Map<String, Person> people,
      List<Person> teams,
      List<Person> managers,
      List<String> zones) {}

  /**
   * Everyone at {@code level} of {@code framework} that {@code viewer} may see, narrowed by {@code
   * filter}: admins with band positions and pay flags; managers their own organisation without
   * them.
   *
   * @throws Refused as not found if the filter names a team or manager the viewer may not see, as
   *     forbidden if someone other than an admin filters by zone (a pay zone is pay data)
   */
  Calibrated calibration(Person viewer, String framework, int level, CalibrationFilter filter) {
    if (filter.zone() != null && !viewer.isAdmin()) {
      throw new Refused(
          new Refusal.Forbidden("only admins may filter by location: a pay zone is pay data"));
    }
    // For admins everyone, indexed once until someone changes rather than on every request.
    CalibrationIndex index =
        viewer.isAdmin()
            ? reports.calibrationIndex()
            : CalibrationIndex.of(access.visibleTo(viewer), viewer.id());
    List<Person> atLevel = index.at(framework, level);
    Map<Long, Person> byId = index.byId();
    List<Person> seen = narrowed(viewer, atLevel, byId, filter);
    LocalDate today = LocalDate.now();
    Map<Long, PayHistory> histories = viewer.isAdmin() ? reports.histories() : Map.of();
    if (filter.zone() != null) {
      seen =
          seen.stream()
              .filter(
                  p ->
                      histories.containsKey(p.id())
                          && histories.get(p.id()).on(today).map(PayChange::zone).stream()
                              .anyMatch(filter.zone()::equals))
              .toList();
    }
    Map<Long, Standing> standings = assessments.standings(seen);
    List<Calibration.Person> rows = new ArrayList<>();
    Map<String, Person> named = new HashMap<>();
    for (Person person : seen) {
      Standing standing = standings.get(person.id());
      if (standing != null) {
        rows.add(
            new Calibration.Person(
                String.valueOf(person.id()),
                standing,
                person.levelSince(),
                histories.get(person.id())));
        named.put(String.valueOf(person.id()), person);
        if (person.managerId() != null && byId.containsKey(person.managerId())) {
          named.put(String.valueOf(person.managerId()), byId.get(person.managerId()));
        }
      }
    }
    PayBands.Current current = viewer.isAdmin() ? bands.current() : null;
    return new Calibrated(
        Calibration.rows(
            framework,
            level,
            rows,
            current == null ? org.rungs.progression.pay.SalaryBands.of(List.of()) : current.bands(),
            current == null
                ? org.rungs.progression.pay.BandPositions.QUARTERS
                : current.positions(),
            today,
            viewer.isAdmin()),
        named,
        index.teams(),
        index.byName(atLevel.stream().map(Person::managerId).distinct()),
        atLevel.stream()
            .map(p -> histories.get(p.id()))
            .filter(java.util.Objects::nonNull)
            .flatMap(history -> history.on(today).map(PayChange::zone).stream())
            .filter(zone -> !SalaryBand.ANY_ZONE.equals(zone))
            .distinct()
            .sorted()
            .toList());
  }

  /** {@code atLevel} narrowed to the filter's team and manager, each checked as visible. */
  private List<Person> narrowed(
      Person viewer, List<Person> atLevel, Map<Long, Person> visible, CalibrationFilter filter) {
    List<Person> seen = atLevel;
    if (filter.manager() != null) {
      long manager = access.require(viewer, filter.manager()).id();
      seen = seen.stream().filter(p -> Long.valueOf(manager).equals(p.managerId())).toList();
    }
    if (filter.team() != null) {
      long head = access.require(viewer, filter.team()).id();
      seen = seen.stream().filter(p -> isUnder(p, head, visible)).toList();
    }
    return seen;
  }

  /** Whether {@code head} is above {@code person} in the reporting line. */
  private static boolean isUnder(Person person, long head, Map<Long, Person> visible) {
    java.util.Set<Long> passed = new java.util.HashSet<>();
    Long above = person.managerId();
    // A reporting loop is refused when it is made; the set only guards against one anyway.
    while (above != null && passed.add(above)) {
      if (above == head) {
        return true;
      }
      Person manager = visible.get(above);
      above = manager == null ? null : manager.managerId();
    }
    return false;
  }

  /** Every manager's leniency against the rest of the organisation (admins). */
  ManagerConsistency.Report consistency() {
    return reports.consistency();
  }

  /** The pay gap report for {@code date}, with every figure (admins). */
  PayGapReport payGap(LocalDate date) {
    return reports.payGap(date);
  }

  /** What {@code person} is told when they ask under Art. 7; averages of fewer than 5 left out. */
  Optional<WorkerInformation> workerInformation(Person person, LocalDate date) {
    return WorkerInformation.of(reports.payGapPeople(), String.valueOf(person.id()), date);
  }

  /** Everyone by id, for naming the people in a report (admins); read-only. */
  Map<String, Person> everyoneById() {
    return reports.byId();
  }

  /** The framework calibration opens on when none is named: the first one anyone is on. */
  String firstFramework() {
    return reports.everyone().stream()
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
