package org.rungs.app.checkins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.progression.AssessmentStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Check-ins over the API: start, finish a step, agree, confirm, and the history. */
@RestController
@RequestMapping("/api/v1/people/{id}/check-ins")
class CheckInApiController {

  /** A step finished, by the version of the check-in the caller saw. */
  public record Step(Integer version) {}

  /** The agreement as sent: statuses by criterion id ("demonstrated", "not yet", ...). */
  public record AgreementRequest(
      Map<String, String> statuses,
      Integer targetLevel,
      List<String> focus,
      String summary,
      Integer version) {}

  /**
   * The person's answer to a recorded agreement: {@code confirmed} true, or false with a note of
   * what they did not agree to.
   */
  public record ConfirmationRequest(Boolean confirmed, String note, Integer version) {}

  private final PersonAccess access;
  private final CheckIns checkIns;

  public CheckInApiController(PersonAccess access, CheckIns checkIns) {
    this.access = access;
    this.checkIns = checkIns;
  }

  @GetMapping
  public ResponseEntity<?> history(@PathVariable long id, Authentication authentication) {
    return access
        .visible(access.viewer(authentication), id)
        .<ResponseEntity<?>>map(person -> ResponseEntity.ok(checkIns.history(person)))
        .orElseGet(() -> Problems.notFound("no person " + id + " that you can see"));
  }

  @PostMapping
  public ResponseEntity<?> start(@PathVariable long id, Authentication authentication) {
    Person actor = access.viewer(authentication);
    Optional<Person> person = access.visible(actor, id);
    if (person.isEmpty()) {
      return Problems.notFound("no person " + id + " that you can see");
    }
    return answer(checkIns.start(actor, person.get()), person.get(), 201);
  }

  @PostMapping("/{checkInId}/step")
  public ResponseEntity<?> step(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody Step step,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Optional<Person> person = access.visible(actor, id);
    if (person.isEmpty()) {
      return Problems.notFound("no person " + id + " that you can see");
    }
    if (step.version() == null) {
      return Problems.of(
          400, "the step is not valid", Map.of("version", "the version you read is required"));
    }
    return answer(
        checkIns.finishStep(actor, person.get(), checkInId, step.version()), person.get(), 200);
  }

  @PostMapping("/{checkInId}/agreement")
  public ResponseEntity<?> agree(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody AgreementRequest request,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Optional<Person> person = access.visible(actor, id);
    if (person.isEmpty()) {
      return Problems.notFound("no person " + id + " that you can see");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, AssessmentStatus> statuses = new LinkedHashMap<>();
    if (request.statuses() != null) {
      request
          .statuses()
          .forEach(
              (criterion, status) -> {
                try {
                  statuses.put(
                      criterion,
                      AssessmentStatus.valueOf(
                          status.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_')));
                } catch (RuntimeException unknown) {
                  errors.put(
                      "statuses." + criterion,
                      "'"
                          + status
                          + "' is not one of demonstrated, working towards, not yet, not applicable");
                }
              });
    }
    if (request.version() == null) {
      errors.put("version", "the version you read is required");
    }
    if (!errors.isEmpty()) {
      return Problems.of(400, "the agreement is not valid", errors);
    }
    CheckIns.Agreement agreement =
        new CheckIns.Agreement(
            statuses, request.targetLevel(), request.focus(), request.summary(), request.version());
    return answer(checkIns.agree(actor, person.get(), checkInId, agreement), person.get(), 200);
  }

  @PostMapping("/{checkInId}/confirmation")
  public ResponseEntity<?> confirm(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody ConfirmationRequest request,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Optional<Person> person = access.visible(actor, id);
    if (person.isEmpty()) {
      return Problems.notFound("no person " + id + " that you can see");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.confirmed() == null) {
      errors.put("confirmed", "say true (it is what you agreed) or false (it is not)");
    }
    if (request.version() == null) {
      errors.put("version", "the version you read is required");
    }
    if (!errors.isEmpty()) {
      return Problems.of(400, "the confirmation is not valid", errors);
    }
    return answer(
        checkIns.confirm(
            actor, person.get(), checkInId, request.confirmed(), request.note(), request.version()),
        person.get(),
        200);
  }

  private ResponseEntity<?> answer(CheckIns.Outcome outcome, Person person, int success) {
    if (!outcome.done()) {
      return Problems.of(outcome.status(), outcome.reason(), outcome.errors());
    }
    return ResponseEntity.status(success).body(checkIns.history(person).get(0));
  }
}
