package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.LevelCriteria;
import org.rungs.progression.Standing;
import org.rungs.progression.pay.AgreedJudgement;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayGap;
import org.rungs.progression.pay.PayGapReport;
import org.rungs.progression.pay.PayHistory;
import org.rungs.progression.pay.Sex;
import org.springframework.stereotype.Component;

/**
 * The figures about the whole organisation that manager consistency and the pay gap report are made
 * of, computed once per change rather than on every request: with 100,000 people that is 3 million
 * agreed statuses and 100,000 sealed salaries.
 *
 * <p>Each is kept with what it was computed from: the agreed statuses ({@link
 * Assessments#agreedVersion()}), everyone's manager, framework and level ({@link People#stamp()}),
 * the version of the frameworks and, for pay, the pay changes. Each request asks the database for
 * those (a few aggregates, a few milliseconds) and computes again only if one of them moved,
 * whichever server changed it. Thread-safe; a computation runs once at a time for each figure.
 */
@Component
class OrganisationReports {

  private final People people;
  private final Assessments assessments;
  private final FrameworkLibrary frameworks;
  private final PayRepository repository;
  private final Latest<List<Person>> everyone = new Latest<>();
  private final Latest<CalibrationIndex> calibrationIndex = new Latest<>();
  private final Latest<Map<String, Person>> byId = new Latest<>();
  private final Latest<Map<Long, PayHistory>> histories = new Latest<>();
  private final Latest<Map<Long, Sex>> sexes = new Latest<>();
  private final Latest<ManagerConsistency.Report> consistency = new Latest<>();
  private final Latest<List<Paid>> paid = new Latest<>();
  private final Latest<List<PayGap.Person>> payGapPeople = new Latest<>();
  private final Latest<PayGapReport> payGap = new Latest<>();

  OrganisationReports(
      People people,
      Assessments assessments,
      FrameworkLibrary frameworks,
      PayRepository repository) {
    this.people = people;
    this.assessments = assessments;
    this.frameworks = frameworks;
    this.repository = repository;
  }

  /** A person with pay and a standing, for the pay gap report, before their sex is added. */
  record Paid(Person person, Standing standing, PayHistory history) {}

  /**
   * Everyone, by name, as {@link People#everyone()} reads them, kept until anyone changes (their
   * badges aside, which no pay view shows).
   */
  List<Person> everyone() {
    return everyone.get(people.stamp(), people::everyone);
  }

  /** Everyone by id as the reports give it (a string), to name people and managers in them. */
  Map<String, Person> byId() {
    return byId.get(
        people.stamp(),
        () -> {
          Map<String, Person> named = new HashMap<>();
          everyone().forEach(person -> named.put(String.valueOf(person.id()), person));
          return java.util.Collections.unmodifiableMap(named);
        });
  }

  /** Everyone, indexed for calibration, once per change of anyone. */
  CalibrationIndex calibrationIndex() {
    return calibrationIndex.get(people.stamp(), () -> CalibrationIndex.of(people.everyone(), null));
  }

  /** Everyone's pay history, unsealed once per pay change rather than once per request. */
  Map<Long, PayHistory> histories() {
    return histories.get(repository.payStamp(), () -> Map.copyOf(repository.histories()));
  }

  /** The sex each person gave, unsealed once per change of any. */
  Map<Long, Sex> sexes() {
    return sexes.get(repository.sexStamp(), () -> Map.copyOf(repository.sexes()));
  }

  /** Every manager's leniency against the rest of the organisation. */
  ManagerConsistency.Report consistency() {
    return consistency.get(
        List.of(assessments.agreedVersion(), people.stamp(), frameworks.current().number()),
        this::computeConsistency);
  }

  /** Everyone with pay and a standing, with both. */
  List<Paid> paid() {
    return paid.get(paidFrom(), this::computePaid);
  }

  private List<Object> paidFrom() {
    return List.of(
        assessments.agreedVersion(),
        people.stamp(),
        frameworks.current().number(),
        repository.payStamp());
  }

  /** Everyone with pay and a standing, as the pay gap report and Art. 7 answers take them. */
  List<PayGap.Person> payGapPeople() {
    return payGapPeople.get(payGapFrom(), this::computePayGapPeople);
  }

  private List<Object> payGapFrom() {
    return List.of(paidFrom(), repository.sexStamp());
  }

  /** The pay gap report for {@code date}, with every figure (admins). */
  PayGapReport payGap(LocalDate date) {
    List<Object> from = payGapFrom();
    List<PayGap.Person> paid = payGapPeople.get(from, this::computePayGapPeople);
    return payGap.get(List.of(date, from), () -> PayGap.report(paid, date, PayGap.Audience.ADMIN));
  }

  private List<PayGap.Person> computePayGapPeople() {
    Map<Long, Sex> sexes = sexes();
    List<PayGap.Person> paid = new ArrayList<>();
    for (Paid one : paid()) {
      Person person = one.person();
      paid.add(
          new PayGap.Person(
              String.valueOf(person.id()),
              sexes.getOrDefault(person.id(), Sex.UNDISCLOSED),
              person.framework(),
              person.level(),
              one.standing().subLevel(),
              one.history()));
    }
    return List.copyOf(paid);
  }

  private ManagerConsistency.Report computeConsistency() {
    List<Person> everyone = everyone();
    Map<Long, Map<CriterionId, AssessmentStatus>> agreed = assessments.agreedOf(everyone);
    Map<String, Optional<Framework>> found = new HashMap<>();
    Map<String, LevelCriteria> levels = new HashMap<>();
    List<AgreedJudgement> judgements = new ArrayList<>();
    for (Person person : everyone) {
      Map<CriterionId, AssessmentStatus> statuses = agreed.get(person.id());
      if (statuses == null || person.managerId() == null || person.level() == null) {
        continue;
      }
      Optional<Framework> framework =
          found.computeIfAbsent(person.framework(), path -> people.frameworkOf(person));
      if (framework.isEmpty() || !framework.get().hasLevel(person.level())) {
        continue;
      }
      LevelCriteria criteria =
          levels.computeIfAbsent(
              person.framework() + "#" + person.level(),
              key -> LevelCriteria.of(framework.get(), person.level()));
      String personId = String.valueOf(person.id());
      String managerId = String.valueOf(person.managerId());
      for (var criterion : criteria.current()) {
        AssessmentStatus status = statuses.get(criterion.id());
        if (status != null && status != AssessmentStatus.NOT_APPLICABLE) {
          judgements.add(
              new AgreedJudgement(
                  personId,
                  managerId,
                  person.framework(),
                  person.level(),
                  criterion.id(),
                  status == AssessmentStatus.DEMONSTRATED));
        }
      }
    }
    return ManagerConsistency.of(judgements);
  }

  private List<Paid> computePaid() {
    List<Person> everyone = everyone();
    Map<Long, Standing> standings = assessments.standings(everyone);
    Map<Long, PayHistory> histories = histories();
    List<Paid> paid = new ArrayList<>();
    for (Person person : everyone) {
      PayHistory history = histories.get(person.id());
      Standing standing = standings.get(person.id());
      if (history != null && standing != null) {
        paid.add(new Paid(person, standing, history));
      }
    }
    return List.copyOf(paid);
  }

  /** The latest value computed, and what it was computed from. */
  private static final class Latest<T> {
    private Object from;
    private T value;

    synchronized T get(Object key, Supplier<T> compute) {
      if (value == null || !Objects.equals(from, key)) {
        value = compute.get();
        from = key;
      }
      return value;
    }
  }
}
