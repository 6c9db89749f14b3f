package org.rungs.app.checkins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Refusal;
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
    Person person = access.require(access.viewer(authentication), id);
    return ResponseEntity.ok(checkIns.history(person));
  }

  @PostMapping
  public ResponseEntity<?> start(@PathVariable long id, Authentication authentication) {
    Person actor = access.viewer(authentication);
    Person person = access.require(actor, id);
    return answer(checkIns.start(actor, person), person, 201);
  }

  @PostMapping("/{checkInId}/step")
  public ResponseEntity<?> step(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody Step step,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Person person = access.require(actor, id);
    if (step.version() == null) {
      return Problems.of(
          new Refusal.Invalid(
              "the step is not valid", Map.of("version", "the version you read is required")));
    }
    return answer(checkIns.finishStep(actor, person, checkInId, step.version()), person, 200);
  }

  @PostMapping("/{checkInId}/agreement")
  public ResponseEntity<?> agree(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody AgreementRequest request,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Person person = access.require(actor, id);
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
      return Problems.of(new Refusal.Invalid("the agreement is not valid", errors));
    }
    CheckIns.Agreement agreement =
        new CheckIns.Agreement(
            statuses, request.targetLevel(), request.focus(), request.summary(), request.version());
    return answer(checkIns.agree(actor, person, checkInId, agreement), person, 200);
  }

  @PostMapping("/{checkInId}/confirmation")
  public ResponseEntity<?> confirm(
      @PathVariable long id,
      @PathVariable long checkInId,
      @RequestBody ConfirmationRequest request,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Person person = access.require(actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.confirmed() == null) {
      errors.put("confirmed", "say true (it is what you agreed) or false (it is not)");
    }
    if (request.version() == null) {
      errors.put("version", "the version you read is required");
    }
    if (!errors.isEmpty()) {
      return Problems.of(new Refusal.Invalid("the confirmation is not valid", errors));
    }
    return answer(
        checkIns.confirm(
            actor, person, checkInId, request.confirmed(), request.note(), request.version()),
        person,
        200);
  }

  private ResponseEntity<?> answer(Optional<Refusal> refused, Person person, int success) {
    if (refused.isPresent()) {
      return Problems.of(refused.get());
    }
    return ResponseEntity.status(success).body(checkIns.history(person).get(0));
  }
}
