package org.rungs.app.assessments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.CriterionCarryOver;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.LevelCriteria;
import org.rungs.progression.Standing;
import org.rungs.progression.Standings;
import org.rungs.progression.SubLevelThresholds;
import org.rungs.progression.TextField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Assessing criteria and computing where people stand. Who may write which view is {@link
 * AssessmentView}'s rule: a person their own, a manager (or admin) the manager's and the agreed
 * one.
 */
@Service
public class Assessments {

  private final AssessmentRepository assessments;
  private final FrameworkLibrary frameworks;
  private final PersonAccess access;
  private final People people;
  private final AuditTrail audit;
  private final SubLevelThresholds thresholds;
  private final CriterionCarryOver carryOver;
  private final AgreedStatuses everyone;

  public Assessments(
      AssessmentRepository assessments,
      AgreedStatuses everyone,
      FrameworkLibrary frameworks,
      PersonAccess access,
      People people,
      AuditTrail audit,
      ProgressionSettings settings,
      CriterionCarryOver carryOver) {
    this.assessments = assessments;
    this.everyone = everyone;
    this.carryOver = carryOver;
    this.frameworks = frameworks;
    this.access = access;
    this.people = people;
    this.audit = audit;
    // Checked at start-up: thresholds that do not rise stop Rungs with a message naming them.
    this.thresholds = settings.thresholds();
  }

  public List<Assessment> of(Person person) {
    carryOver.catchUp();
    return person.framework() == null
        ? List.of()
        : assessments.findByPerson(person.id(), person.framework());
  }

  /**
   * Assessments of criteria that are no longer in the person's framework: reworded (without an
   * explicit id) or removed since they were assessed. They are kept and shown, never deleted, so
   * the person and their manager can re-assess the new wording.
   */
  public List<Assessment> changedSinceAssessed(Person person) {
    return changedSinceAssessed(person, of(person));
  }

  /** As {@link #changedSinceAssessed(Person)}, from the person's assessments already read. */
  public List<Assessment> changedSinceAssessed(Person person, List<Assessment> assessed) {
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty()) {
      return List.of();
    }
    Map<String, Criterion> current = framework.get().criteriaById();
    return assessed.stream().filter(a -> !current.containsKey(a.criterionId())).toList();
  }

  /** One person's views of one criterion, for framework health: no notes, no names. */
  public record Views(
      long personId,
      String criterionId,
      AssessmentStatus self,
      AssessmentStatus manager,
      AssessmentStatus agreed) {}

  /** Everyone's views of these criteria, in slices of 1000 criteria (not of people). */
  public List<Views> viewsOf(java.util.Collection<String> criterionIds) {
    carryOver.catchUp();
    List<String> ids = List.copyOf(criterionIds);
    List<Views> views = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      views.addAll(assessments.findViews(ids.subList(from, Math.min(ids.size(), from + 1000))));
    }
    return views;
  }

  /** The ids of the people whose agreed view of {@code criterionId} is demonstrated. */
  public List<Long> demonstratedBy(String criterionId) {
    carryOver.catchUp();
    return assessments.findDemonstratedBy(criterionId);
  }

  /** Where the person stands, if they have a framework and a level within it. */
  public Optional<Standing> standing(Person person) {
    return standing(person, of(person));
  }

  /**
   * As {@link #standing(Person)}, from the person's assessments already read ({@link #of}): a page
   * that shows them as well reads them once.
   */
  public Optional<Standing> standing(Person person, List<Assessment> assessed) {
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty() || !hasLevelIn(person, framework.get())) {
      return Optional.empty();
    }
    Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
    for (Assessment assessment : assessed) {
      if (assessment.agreed() != null) {
        agreed.put(new CriterionId(assessment.criterionId()), assessment.agreed());
      }
    }
    return Optional.of(standing(person, LevelCriteria.of(framework.get(), person.level()), agreed));
  }

  /**
   * The standings of many people at once, as {@link #standing(Person)} would give each: the team
   * page of a manager of managers shows hundreds, the pay gap report everyone. The agreed statuses
   * come from {@link AgreedStatuses} (what changed since the last request, not every row), and each
   * framework's criteria are gathered once per level rather than once per person.
   */
  public Map<Long, Standing> standings(List<Person> people) {
    carryOver.catchUp();
    everyone.refresh();
    // One version of the frameworks for the whole page, even if a file changes meanwhile.
    FrameworkSet current = frameworks.current().set();
    Map<String, Optional<Framework>> found = new HashMap<>();
    record AtLevel(String framework, int level) {}
    Map<AtLevel, LevelCriteria> gathered = new HashMap<>();
    Map<Long, Standing> standings = new HashMap<>();
    for (Person person : people) {
      if (person.framework() == null) {
        continue;
      }
      Optional<Framework> framework = found.computeIfAbsent(person.framework(), current::find);
      if (framework.isEmpty() || !hasLevelIn(person, framework.get())) {
        continue;
      }
      LevelCriteria criteria =
          gathered.computeIfAbsent(
              new AtLevel(person.framework(), person.level()),
              at -> LevelCriteria.of(framework.get(), at.level()));
      // Assessments made in a framework the person has since left do not count.
      standings.put(
          person.id(), standing(person, criteria, everyone.of(person.id(), person.framework())));
    }
    return standings;
  }

  /**
   * Every agreed status of these people in their current framework, by person and criterion: what
   * manager consistency (pay) compares, from {@link AgreedStatuses} as {@link #standings(List)}
   * reads them. The maps are read-only.
   */
  public Map<Long, Map<CriterionId, AssessmentStatus>> agreedOf(List<Person> people) {
    carryOver.catchUp();
    everyone.refresh();
    Map<Long, Map<CriterionId, AssessmentStatus>> agreed = new HashMap<>();
    for (Person person : people) {
      if (person.framework() != null) {
        Map<CriterionId, AssessmentStatus> statuses = everyone.of(person.id(), person.framework());
        if (!statuses.isEmpty()) {
          agreed.put(person.id(), statuses);
        }
      }
    }
    return agreed;
  }

  /**
   * A number that changes whenever any agreed status changes, by this server or another: a report
   * about everyone computed for one number stays right until the number changes (with the people
   * and the frameworks it was computed for).
   */
  public long agreedVersion() {
    carryOver.catchUp();
    everyone.refresh();
    return everyone.generation();
  }

  private static boolean hasLevelIn(Person person, Framework framework) {
    return person.level() != null && framework.hasLevel(person.level());
  }

  private Standing standing(
      Person person, LevelCriteria criteria, Map<CriterionId, AssessmentStatus> agreed) {
    Integer target = person.targetLevel();
    if (target != null && (target < 1 || target > criteria.levels())) {
      target = null;
    }
    return Standings.of(criteria, agreed, target, thresholds);
  }

  /**
   * Writes the agreed view of several criteria at once, as a check-in's agreement records them: all
   * or nothing. If any of them changed since it was read, nothing is written and the caller's
   * transaction is marked to roll back, rather than record the agreement with one status silently
   * missing.
   */
  @Transactional
  public Optional<Refusal> agree(
      Person actor, Person person, Map<String, AssessmentStatus> statuses) {
    carryOver.catchUp();
    Optional<String> notTheirs =
        AssessmentView.AGREED.refusal(access.partyOf(actor, person), person.name());
    if (notTheirs.isPresent()) {
      return Optional.of(new Refusal.Forbidden(notTheirs.get()));
    }
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty()) {
      return Optional.of(
          Refusal.Invalid.of("framework", person.name() + " has no framework to be assessed in"));
    }
    Map<String, Criterion> criteria = new HashMap<>();
    framework.get().criteria().forEach(c -> criteria.put(c.id().value(), c));
    for (String criterionId : statuses.keySet()) {
      if (!criteria.containsKey(criterionId)) {
        return Optional.of(
            Refusal.Invalid.of(
                "criterionId", "no criterion '" + criterionId + "' in " + person.framework()));
      }
    }
    for (Map.Entry<String, AssessmentStatus> agreed : statuses.entrySet()) {
      Optional<Assessment> before =
          assessments.find(person.id(), person.framework(), agreed.getKey());
      if (!assessments.write(
          person.id(),
          person.framework(),
          agreed.getKey(),
          criteria.get(agreed.getKey()).text(),
          AssessmentView.AGREED,
          agreed.getValue(),
          null,
          before.map(Assessment::version).orElse(0),
          actor.id())) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return Optional.of(
            new Refusal.Conflict(
                "an assessment changed while the agreement was recorded; reload and agree again"));
      }
      audit.record(
          actor.id(),
          "assessment",
          person.id() + ":" + person.framework() + ":" + agreed.getKey(),
          "assess-agreed",
          before.map(Assessment::agreed).map(AssessmentStatus::name).orElse(null),
          agreed.getValue().name());
    }
    return Optional.empty();
  }

  /**
   * Writes one view of one criterion's assessment, or says why not.
   *
   * @param expectedVersion the version the writer saw (0 if not assessed yet)
   */
  @Transactional
  public Optional<Refusal> assess(
      Person actor,
      Person person,
      String criterionId,
      AssessmentView view,
      AssessmentStatus status,
      String note,
      int expectedVersion) {
    carryOver.catchUp();
    Optional<String> notTheirs = view.refusal(access.partyOf(actor, person), person.name());
    if (notTheirs.isPresent()) {
      return Optional.of(new Refusal.Forbidden(notTheirs.get()));
    }
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty()) {
      return Optional.of(
          Refusal.Invalid.of("framework", person.name() + " has no framework to be assessed in"));
    }
    Optional<Criterion> criterion =
        framework.get().criteria().filter(c -> c.id().value().equals(criterionId)).findFirst();
    if (criterion.isEmpty()) {
      return Optional.of(
          Refusal.Invalid.of(
              "criterionId", "no criterion '" + criterionId + "' in " + person.framework()));
    }
    if (status == AssessmentStatus.NOT_APPLICABLE && (note == null || note.isBlank())) {
      return Optional.of(
          Refusal.Invalid.of("note", "say why the criterion is not applicable here"));
    }
    Optional<String> unusable = TextField.ASSESSMENT_NOTE.problem(note);
    if (unusable.isPresent()) {
      return Optional.of(Refusal.Invalid.of("note", unusable.get()));
    }
    Optional<Assessment> before = assessments.find(person.id(), person.framework(), criterionId);
    boolean written =
        assessments.write(
            person.id(),
            person.framework(),
            criterionId,
            criterion.get().text(),
            view,
            status,
            note,
            expectedVersion,
            actor.id());
    if (!written) {
      return Optional.of(
          new Refusal.Conflict(
              "someone else changed this assessment since you loaded it; reload to see their change"));
    }
    audit.record(
        actor.id(),
        "assessment",
        person.id() + ":" + person.framework() + ":" + criterionId,
        "assess-" + view.name().toLowerCase(java.util.Locale.ROOT),
        before.map(a -> String.valueOf(a.status(view))).orElse(null),
        String.valueOf(status));
    return Optional.empty();
  }
}
