package org.rungs.app.checkins;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.evidence.EvidenceLog;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.PlainNumbers;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.CheckInStep;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The check-in page: the step a check-in is at, the agreement form, and the timeline. */
@RestController
class CheckInPageController {

  private final PersonAccess access;
  private final People people;
  private final CheckIns checkIns;
  private final Assessments assessments;
  private final HtmlPages pages;
  private final EvidenceLog evidence;

  /** How much of a person's evidence, newest first, the agreement table looks through. */
  static final int EVIDENCE_SHOWN = 1000;

  public CheckInPageController(
      PersonAccess access,
      People people,
      CheckIns checkIns,
      Assessments assessments,
      HtmlPages pages,
      EvidenceLog evidence) {
    this.evidence = evidence;
    this.access = access;
    this.people = people;
    this.checkIns = checkIns;
    this.assessments = assessments;
    this.pages = pages;
  }

  @GetMapping("/people/{id}/check-ins/")
  public ResponseEntity<String> page(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    return show(id, authentication, request, null, HttpStatus.OK, Map.of());
  }

  /** One check-in as it was agreed, opened from the timeline. */
  @GetMapping("/people/{id}/check-ins/{checkInId}/")
  public ResponseEntity<String> checkIn(
      @PathVariable long id,
      @PathVariable long checkInId,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String url = "/people/" + id + "/check-ins/" + checkInId + "/";
    Optional<CheckIn> found = checkIns.find(person, checkInId);
    if (found.isEmpty()) {
      return pages.notFound(url, person.name() + " has no check-in " + checkInId + ".");
    }
    CheckIn checkIn = found.get();
    Map<String, org.rungs.framework.Criterion> criteria =
        people
            .frameworkOf(person)
            .filter(framework -> framework.path().equals(checkIn.framework()))
            .map(org.rungs.framework.Framework::criteriaById)
            .orElse(Map.of());
    Map<String, String> topics = new HashMap<>();
    people
        .frameworkOf(person)
        .ifPresent(
            framework ->
                framework
                    .topics()
                    .forEach(
                        topic ->
                            topic.levels().stream()
                                .flatMap(level -> topic.criteriaAt(level.level()).stream())
                                .forEach(c -> topics.put(c.id().value(), topic.title()))));
    var statuses = checkIns.agreedStatuses(checkIn);
    List<CheckInPage.Agreed> agreed = new ArrayList<>();
    statuses.forEach(
        (criterionId, status) ->
            agreed.add(
                new CheckInPage.Agreed(
                    topics.getOrDefault(criterionId, ""),
                    textOf(criteria, criterionId),
                    status.label())));
    agreed.sort(
        java.util.Comparator.comparing(CheckInPage.Agreed::topic)
            .thenComparing(CheckInPage.Agreed::criterion));
    return pages.render(
        "checkins/checkin.jte",
        new CheckInPage(
            pages.chrome("Check-in: " + person.name(), url, PersonViewer.of(viewer), request),
            person,
            checkIn,
            people.nameOf(checkIn.startedBy()).orElse("the command line"),
            people.nameOf(checkIn.agreedBy()).orElse(null),
            checkIn.focus().stream().map(focus -> textOf(criteria, focus)).toList(),
            agreed,
            !statuses.isEmpty() || checkIn.agreedAt() == null),
        HttpStatus.OK);
  }

  private static String textOf(Map<String, org.rungs.framework.Criterion> criteria, String id) {
    var criterion = criteria.get(id);
    return criterion == null ? id + " (no longer in the framework)" : criterion.text();
  }

  @PostMapping("/people/{id}/check-ins/")
  public ResponseEntity<String> act(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String action = form.getFirst("action");
    long checkInId = parseLong(form.getFirst("checkIn"));
    int version = (int) parseLong(form.getFirst("version"));
    Optional<Refusal> outcome;
    if ("start".equals(action)) {
      outcome = checkIns.start(viewer, person);
    } else if ("step".equals(action)) {
      outcome = checkIns.finishStep(viewer, person, checkInId, version);
    } else if ("confirm".equals(action) || "dispute".equals(action)) {
      outcome =
          checkIns.confirm(
              viewer, person, checkInId, "confirm".equals(action), form.getFirst("note"), version);
    } else if ("agree".equals(action)) {
      Map<String, AssessmentStatus> statuses = new LinkedHashMap<>();
      Map<String, String> errors = new LinkedHashMap<>();
      form.forEach(
          (key, values) -> {
            String value = values.get(0);
            if (key.startsWith("agreed.") && value != null && !value.isBlank()) {
              try {
                statuses.put(key.substring("agreed.".length()), AssessmentStatus.valueOf(value));
              } catch (IllegalArgumentException unknown) {
                errors.put(key, "'" + value + "' is not a status");
              }
            }
          });
      List<String> focus = form.getOrDefault("focus", List.of());
      String target = form.getFirst("targetLevel");
      Integer targetLevel = null;
      if (target != null && !target.isBlank()) {
        try {
          targetLevel = Integer.valueOf(target.strip());
        } catch (NumberFormatException notANumber) {
          errors.put("targetLevel", "'" + target + "' is not a level");
        }
      }
      // A hand-made or tampered form gets the reasons back, never a server error.
      outcome =
          !errors.isEmpty()
              ? Optional.of(new Refusal.Invalid("the agreement is not valid", errors))
              : checkIns.agree(
                  viewer,
                  person,
                  checkInId,
                  new CheckIns.Agreement(
                      statuses, targetLevel, focus, form.getFirst("summary"), version));
    } else {
      outcome = Optional.of(new Refusal.Invalid("unknown action", Map.of()));
    }
    if (outcome.isEmpty()) {
      return HtmlPages.seeOther("/people/" + id + "/check-ins/");
    }
    Refusal refusal = outcome.get();
    Map<String, String> errors =
        refusal instanceof Refusal.Invalid invalid ? invalid.errors() : Map.of();
    String message =
        refusal.reason() + (errors.isEmpty() ? "" : ": " + String.join("; ", errors.values()));
    // The refusal's own status, as the API answers it: 403 for a step that is not the viewer's to
    // take, 400 for a bad form, 409 for a stale one.
    Map<String, String> typed = new HashMap<>();
    for (String field : List.of("note", "summary")) {
      String text = form.getFirst(field);
      if (text != null && !text.isBlank()) {
        typed.put(field, text);
      }
    }
    return show(id, authentication, request, message, RefusalStatus.of(refusal), typed);
  }

  private ResponseEntity<String> show(
      long id,
      Authentication authentication,
      HttpServletRequest request,
      String message,
      HttpStatus status,
      Map<String, String> typed) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String url = "/people/" + id + "/check-ins/";
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty() || person.level() == null) {
      return pages.notFound(url, person.name() + " has no framework and level yet.");
    }
    Optional<CheckIn> open = checkIns.open(person);
    List<CheckInsPage.Side> sides = new ArrayList<>();
    if (open.isPresent() && open.get().state() == CheckInStep.AGREEING) {
      sides = sides(person, framework.get());
    }
    return pages.render(
        "checkins/checkins.jte",
        new CheckInsPage(
            pages.chrome("Check-ins: " + person.name(), url, PersonViewer.of(viewer), request),
            person,
            framework.get(),
            open,
            checkIns.history(person).stream().filter(c -> !c.isOpen()).toList(),
            viewer.id() == id,
            access.checkInPartyOf(viewer, person) == org.rungs.progression.Party.MANAGER,
            sides,
            Csrf.of(request),
            message,
            typed),
        status);
  }

  /** The criteria of the current and next level that either side has assessed. */
  private List<CheckInsPage.Side> sides(Person person, Framework framework) {
    Map<String, Assessment> byId = new HashMap<>();
    assessments.of(person).forEach(a -> byId.put(a.criterionId(), a));
    Map<String, List<Evidence>> evidenceById = new HashMap<>();
    for (Evidence item : evidence.recent(person, EVIDENCE_SHOWN)) {
      item.criterionIds()
          .forEach(c -> evidenceById.computeIfAbsent(c, k -> new ArrayList<>()).add(item));
    }
    List<CheckInsPage.Side> sides = new ArrayList<>();
    for (int level = person.level();
        level <= Math.min(framework.levels(), person.level() + 1);
        level++) {
      int shown = level;
      framework.topics().stream()
          .flatMap(topic -> topic.criteriaAt(shown).stream())
          .forEach(
              criterion -> {
                Assessment a = byId.get(criterion.id().value());
                if (a != null && (a.self() != null || a.manager() != null)) {
                  AssessmentStatus proposed = a.manager() != null ? a.manager() : a.self();
                  sides.add(
                      new CheckInsPage.Side(
                          criterion,
                          shown,
                          a.self(),
                          a.manager(),
                          proposed,
                          a.selfNote(),
                          a.managerNote(),
                          evidenceById.getOrDefault(criterion.id().value(), List.of())));
                }
              });
    }
    return sides;
  }

  private static long parseLong(String value) {
    return PlainNumbers.parse(value).orElse(-1);
  }
}
