package org.rungs.app.checkins;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.CriterionCarryOver;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Refusal;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.CheckInRules;
import org.rungs.progression.CheckInStep;
import org.rungs.progression.TextField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The check-in conversation. The person moves it from their own assessment to the manager's; the
 * manager moves it to agreeing and records the agreement (they agree together, in the meeting); the
 * person then confirms that what was recorded is what they agreed, or says what is not. Who may
 * take which step, and when, is {@link CheckInRules}; this service reads the check-in, asks the
 * rules, and writes the step guarded by the version the actor saw (so the database refuses a step
 * someone else took meanwhile), audited.
 */
@Service
public class CheckIns {

  /** What both agreed: statuses by criterion id, the target level, focus criteria, a summary. */
  public record Agreement(
      Map<String, AssessmentStatus> statuses,
      Integer targetLevel,
      List<String> focus,
      String summary,
      int version) {}

  static final int MAX_FOCUS = 5;

  private final CheckInRepository checkIns;
  private final CriterionCarryOver carryOver;
  private final Assessments assessments;
  private final People people;
  private final PersonAccess access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  public CheckIns(
      CheckInRepository checkIns,
      CriterionCarryOver carryOver,
      Assessments assessments,
      People people,
      PersonAccess access,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.events = events;
    this.checkIns = checkIns;
    this.carryOver = carryOver;
    this.assessments = assessments;
    this.people = people;
    this.access = access;
    this.audit = audit;
  }

  public List<CheckIn> history(Person person) {
    return checkIns.findByPerson(person.id());
  }

  /** When each of these people last agreed a check-in, for the team page. */
  public Map<Long, OffsetDateTime> lastAgreed(List<Long> personIds) {
    return checkIns.lastAgreed(personIds);
  }

  /** Which of these people disputed their latest agreement. */
  public java.util.Set<Long> latestDisputed(List<Long> personIds) {
    return checkIns.disputed(personIds);
  }

  /**
   * Which of these people have a check-in in progress. Open check-ins are few: all are read and
   * these people's kept, so an organisation of thousands needs no IN list of thousands.
   */
  public java.util.Set<Long> inProgress(List<Long> personIds) {
    java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
    java.util.Set<Long> open = new java.util.HashSet<>(checkIns.openPeople());
    open.retainAll(wanted);
    return open;
  }

  /** When a person last agreed a check-in, and their answer to it ({@code null}: none yet). */
  public record LatestAgreement(OffsetDateTime agreedAt, CheckIn.Confirmation answer) {}

  /** Each of these people's latest agreed check-in, if they have one; one query. */
  public Map<Long, LatestAgreement> latestAgreements(List<Long> personIds) {
    return checkIns.latestAgreements(personIds);
  }

  /** One of {@code person}'s check-ins, open or past. */
  public Optional<CheckIn> find(Person person, long checkInId) {
    return checkIns.find(person.id(), checkInId);
  }

  /**
   * The statuses a check-in's agreement recorded, by criterion id; empty for check-ins agreed
   * before Rungs kept them.
   */
  public Map<String, org.rungs.progression.AssessmentStatus> agreedStatuses(CheckIn checkIn) {
    return checkIns.statuses(checkIn.id());
  }

  /** The state of each of these people's open check-in, if they have one. */
  public Map<Long, CheckInStep> openStates(List<Long> personIds) {
    return checkIns.openStates(personIds);
  }

  public Optional<CheckIn> open(Person person) {
    return history(person).stream().filter(CheckIn::isOpen).findFirst();
  }

  @Transactional
  public Optional<Refusal> start(Person actor, Person person) {
    Optional<Refusal> refused =
        refusal(CheckInRules.start(access.partyOf(actor, person), person.name()));
    if (refused.isPresent()) {
      return refused;
    }
    if (person.framework() == null) {
      return Optional.of(new Refusal.Conflict(person.name() + " has no framework yet"));
    }
    if (open(person).isPresent()) {
      return Optional.of(
          new Refusal.Conflict(person.name() + " already has a check-in in progress"));
    }
    long id = checkIns.start(person.id(), person.framework(), actor.id());
    audit.record(
        actor.id(),
        "check-in",
        Long.toString(id),
        "started",
        null,
        CheckInStep.SELF_ASSESSMENT.name());
    events.publishEvent(
        new CheckInMoved(id, person.id(), actor.id(), null, CheckInStep.SELF_ASSESSMENT, null));
    return Optional.empty();
  }

  /** Finishes the current step: the person's own assessment, then the manager's. */
  @Transactional
  public Optional<Refusal> finishStep(Person actor, Person person, long checkInId, int version) {
    Optional<CheckIn> checkIn = checkIns.find(person.id(), checkInId);
    if (checkIn.isEmpty()) {
      return Optional.of(
          new Refusal.NotFound("no check-in " + checkInId + " for " + person.name()));
    }
    CheckInRules.Verdict verdict =
        CheckInRules.finishStep(
            checkIn.get().state(), access.checkInPartyOf(actor, person), person.name());
    if (!(verdict instanceof CheckInRules.Allowed allowed)) {
      return refusal(verdict);
    }
    CheckInStep from = allowed.from();
    CheckInStep to = allowed.to();
    if (!checkIns.advance(checkInId, from, to, version)) {
      return Optional.of(
          new Refusal.Conflict("someone else moved this check-in on since you loaded it; reload"));
    }
    audit.record(actor.id(), "check-in", Long.toString(checkInId), "step", from.name(), to.name());
    events.publishEvent(new CheckInMoved(checkInId, person.id(), actor.id(), from, to, null));
    return Optional.empty();
  }

  /** Records the agreement: agreed statuses, target level, focus criteria. */
  @Transactional
  public Optional<Refusal> agree(Person actor, Person person, long checkInId, Agreement agreement) {
    // Before anything is written: a carry-over runs in its own transaction, and must not wait for
    // rows this one would already hold when Assessments.agree catches up.
    carryOver.catchUp();
    Optional<CheckIn> checkIn = checkIns.find(person.id(), checkInId);
    if (checkIn.isEmpty()) {
      return Optional.of(
          new Refusal.NotFound("no check-in " + checkInId + " for " + person.name()));
    }
    CheckInRules.Verdict verdict =
        CheckInRules.agree(
            checkIn.get().state(), access.checkInPartyOf(actor, person), person.name());
    if (!(verdict instanceof CheckInRules.Allowed step)) {
      return refusal(verdict);
    }
    Framework framework = people.frameworkOf(person).orElse(null);
    Map<String, String> errors = new LinkedHashMap<>();
    if (framework == null) {
      return Optional.of(new Refusal.Conflict(person.name() + "'s framework no longer exists"));
    }
    Map<String, Criterion> criteria = framework.criteriaById();
    if (agreement.targetLevel() != null && !framework.hasLevel(agreement.targetLevel())) {
      errors.put(
          "targetLevel",
          "level "
              + agreement.targetLevel()
              + " is not a level of "
              + framework.path()
              + " (1 to "
              + framework.levels()
              + ")");
    }
    TextField.CHECK_IN_SUMMARY
        .problem(agreement.summary())
        .ifPresent(problem -> errors.put("summary", problem));
    List<String> focus = agreement.focus() == null ? List.of() : agreement.focus();
    if (focus.size() > MAX_FOCUS) {
      errors.put("focus", "agree at most " + MAX_FOCUS + " focus criteria, not " + focus.size());
    }
    List<String> unknown = new ArrayList<>();
    focus.stream().filter(id -> !criteria.containsKey(id)).forEach(unknown::add);
    agreement.statuses().keySet().stream()
        .filter(id -> !criteria.containsKey(id))
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      errors.put(
          "criteria", "not criteria of " + framework.path() + ": " + String.join(", ", unknown));
    }
    if (!errors.isEmpty()) {
      return Optional.of(new Refusal.Invalid("the agreement is not valid", errors));
    }
    if (!checkIns.agree(
        checkInId,
        step,
        agreement.version(),
        actor.id(),
        agreement.targetLevel(),
        agreement.summary(),
        focus)) {
      return Optional.of(
          new Refusal.Conflict("someone else changed this check-in since you loaded it; reload"));
    }
    checkIns.recordStatuses(checkInId, agreement.statuses());
    // Through the assessments feature, with its checks: all or nothing, so a status that changed
    // meanwhile undoes the whole agreement rather than leave it recorded with one status missing.
    Optional<Refusal> notWritten = assessments.agree(actor, person, agreement.statuses());
    if (notWritten.isPresent()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return notWritten;
    }
    if (agreement.targetLevel() != null && !agreement.targetLevel().equals(person.targetLevel())) {
      people.agreeTargetLevel(actor, person, agreement.targetLevel());
    }
    audit.record(
        actor.id(),
        "check-in",
        Long.toString(checkInId),
        "agreed",
        step.from().name(),
        step.to().name());
    events.publishEvent(
        new CheckInMoved(checkInId, person.id(), actor.id(), step.from(), step.to(), null));
    return Optional.empty();
  }

  /**
   * The person confirms the agreement their manager recorded, or disputes it with a note saying
   * what they did not agree to. Only the person can: it is their word on what was agreed.
   */
  @Transactional
  public Optional<Refusal> confirm(
      Person actor, Person person, long checkInId, boolean confirmed, String note, int version) {
    Optional<CheckIn> checkIn = checkIns.find(person.id(), checkInId);
    if (checkIn.isEmpty()) {
      return Optional.of(
          new Refusal.NotFound("no check-in " + checkInId + " for " + person.name()));
    }
    CheckIn.Confirmation answer = checkIn.get().confirmation();
    Optional<Refusal> refused =
        refusal(
            CheckInRules.confirm(
                checkIn.get().state(),
                answer == null
                    ? null
                    : (answer == CheckIn.Confirmation.CONFIRMED ? "confirmed" : "disputed")
                        + " on "
                        + checkIn.get().confirmedAt().toLocalDate(),
                access.partyOf(actor, person),
                person.name()));
    if (refused.isPresent()) {
      return refused;
    }
    String text = note == null ? "" : note.strip();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!confirmed && text.isEmpty()) {
      errors.put("note", "say what was recorded that you did not agree to");
    }
    TextField.CONFIRMATION_NOTE.problem(text).ifPresent(problem -> errors.put("note", problem));
    if (!errors.isEmpty()) {
      return Optional.of(
          new Refusal.Invalid(
              confirmed ? "the confirmation was not recorded" : "the dispute was not recorded",
              errors));
    }
    CheckIn.Confirmation given =
        confirmed ? CheckIn.Confirmation.CONFIRMED : CheckIn.Confirmation.DISPUTED;
    if (!checkIns.confirm(checkInId, version, given, text.isEmpty() ? null : text)) {
      return Optional.of(
          new Refusal.Conflict("someone else changed this check-in since you loaded it; reload"));
    }
    if (given == CheckIn.Confirmation.DISPUTED) {
      restoreTargetBefore(actor, person, checkIn.get());
    }
    audit.record(
        actor.id(),
        "check-in",
        Long.toString(checkInId),
        given == CheckIn.Confirmation.CONFIRMED ? "confirmed" : "disputed",
        null,
        text.isEmpty() ? given.name() : given.name() + ": " + text);
    events.publishEvent(
        new CheckInMoved(
            checkInId, person.id(), actor.id(), CheckInStep.AGREED, CheckInStep.AGREED, given));
    return Optional.empty();
  }

  /**
   * A disputed agreement's target level is not in force: the person's target goes back to the one
   * of the last agreement before it that was not disputed (or none).
   */
  private void restoreTargetBefore(Person actor, Person person, CheckIn disputed) {
    Integer before =
        history(person).stream()
            .filter(c -> !c.isOpen() && c.id() != disputed.id())
            .filter(c -> c.confirmation() != CheckIn.Confirmation.DISPUTED)
            .filter(c -> c.agreedAt() != null && c.agreedAt().isBefore(disputed.agreedAt()))
            .findFirst()
            .map(CheckIn::targetLevel)
            .orElse(null);
    if (!java.util.Objects.equals(before, person.targetLevel())) {
      people.agreeTargetLevel(actor, person, before);
    }
  }

  /** A rule's refusal as the app's: not theirs to take is forbidden, not now a conflict. */
  private static Optional<Refusal> refusal(CheckInRules.Verdict verdict) {
    if (verdict instanceof CheckInRules.NotYours notYours) {
      return Optional.of(new Refusal.Forbidden(notYours.reason()));
    }
    if (verdict instanceof CheckInRules.NotNow notNow) {
      return Optional.of(new Refusal.Conflict(notNow.reason()));
    }
    return Optional.empty();
  }
}
