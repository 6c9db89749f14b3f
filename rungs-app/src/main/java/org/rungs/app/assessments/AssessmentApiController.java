package org.rungs.app.assessments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Refusal;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.Standing;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for a person's standing and assessments. People the caller may not see are answered
 * with 404, exactly like people who do not exist.
 */
@RestController
@RequestMapping("/api/v1/people")
class AssessmentApiController {

  /** A change to one view of one criterion's assessment. */
  public record AssessmentChange(String view, String status, String note, Integer version) {}

  private final PersonAccess access;
  private final Assessments assessing;

  public AssessmentApiController(PersonAccess access, Assessments assessing) {
    this.access = access;
    this.assessing = assessing;
  }

  @GetMapping("/{id}/standing")
  public ResponseEntity<?> standing(@PathVariable long id, Authentication authentication) {
    Person person = access.require(access.viewer(authentication), id);
    Optional<Standing> standing = assessing.standing(person);
    if (standing.isEmpty()) {
      return Problems.of(
          new Refusal.Conflict(
              person.name()
                  + " has no framework and level to stand in yet; an admin sets them (rungs people"
                  + " import)"));
    }
    return ResponseEntity.ok(standingJson(standing.get()));
  }

  @GetMapping("/{id}/assessments")
  public ResponseEntity<?> assessments(@PathVariable long id, Authentication authentication) {
    Person person = access.require(access.viewer(authentication), id);
    return ResponseEntity.ok(assessing.of(person));
  }

  @PutMapping("/{id}/assessments/{criterionId}")
  public ResponseEntity<?> assess(
      @PathVariable long id,
      @PathVariable String criterionId,
      @RequestBody AssessmentChange change,
      Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    Map<String, String> errors = new LinkedHashMap<>();
    AssessmentView view = parse(AssessmentView.class, change.view(), "view", errors);
    AssessmentStatus status = parse(AssessmentStatus.class, change.status(), "status", errors);
    if (change.version() == null || change.version() < 0) {
      errors.put(
          "version",
          "the version you read (0 if never assessed) is required, so edits cannot overwrite each other");
    }
    if (!errors.isEmpty()) {
      return Problems.of(new Refusal.Invalid("the assessment change is not valid", errors));
    }
    Optional<Refusal> refusal =
        assessing.assess(
            viewer, person, criterionId, view, status, change.note(), change.version());
    if (refusal.isEmpty()) {
      return ResponseEntity.ok(
          assessing.of(person).stream()
              .filter(a -> a.criterionId().equals(criterionId))
              .findFirst()
              .orElseThrow());
    }
    return Problems.of(refusal.get());
  }

  static Map<String, Object> standingJson(Standing standing) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("level", standing.level());
    json.put("subLevel", standing.subLevel().name());
    json.put("demonstrated", standing.current().demonstrated());
    json.put("criteria", standing.current().criteria());
    if (standing.next() == null) {
      json.put("nextLevel", null);
    } else {
      Map<String, Object> next = new LinkedHashMap<>();
      next.put("level", standing.next().level());
      next.put("demonstrated", standing.next().demonstrated());
      next.put("criteria", standing.next().criteria());
      json.put("nextLevel", next);
    }
    json.put("target", standing.target());
    json.put("explanation", standing.explanation());
    return json;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, field + " is required");
      return null;
    }
    try {
      return Enum.valueOf(
          type,
          value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      errors.put(
          field,
          "'"
              + value
              + "' is not one of "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                  .toList());
      return null;
    }
  }
}
