package org.rungs.app.people;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.Assessments;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for people, their standing and their assessments. People the caller may not see are
 * answered with 404, exactly like people who do not exist.
 */
@RestController
@RequestMapping("/api/v1/people")
public class PeopleApiController {

  /** A change to one view of one criterion's assessment. */
  public record AssessmentChange(String view, String status, String note, Integer version) {}

  private final PersonAccess access;
  private final Assessments assessments;

  public PeopleApiController(PersonAccess access, Assessments assessments) {
    this.access = access;
    this.assessments = assessments;
  }

  @GetMapping
  public List<Map<String, Object>> people(Authentication authentication) {
    return access.visibleTo(access.viewer(authentication)).stream()
        .map(PeopleApiController::summary)
        .toList();
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> person(@PathVariable long id, Authentication authentication) {
    return access
        .visible(access.viewer(authentication), id)
        .<ResponseEntity<?>>map(person -> ResponseEntity.ok(summary(person)))
        .orElseGet(() -> notFound(id));
  }

  @GetMapping("/{id}/standing")
  public ResponseEntity<?> standing(@PathVariable long id, Authentication authentication) {
    Optional<Person> person = access.visible(access.viewer(authentication), id);
    if (person.isEmpty()) {
      return notFound(id);
    }
    Optional<Standing> standing = assessments.standing(person.get());
    if (standing.isEmpty()) {
      return problem(
          HttpStatus.CONFLICT,
          person.get().name()
              + " has no framework and level to stand in yet; an admin sets them (rungs people import)",
          Map.of());
    }
    return ResponseEntity.ok(standingJson(standing.get()));
  }

  @GetMapping("/{id}/assessments")
  public ResponseEntity<?> assessments(@PathVariable long id, Authentication authentication) {
    return access
        .visible(access.viewer(authentication), id)
        .<ResponseEntity<?>>map(person -> ResponseEntity.ok(assessments.of(person)))
        .orElseGet(() -> notFound(id));
  }

  @PutMapping("/{id}/assessments/{criterionId}")
  public ResponseEntity<?> assess(
      @PathVariable long id,
      @PathVariable String criterionId,
      @RequestBody AssessmentChange change,
      Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Optional<Person> person = access.visible(viewer, id);
    if (person.isEmpty()) {
      return notFound(id);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Assessment.View view = parse(Assessment.View.class, change.view(), "view", errors);
    AssessmentStatus status = parse(AssessmentStatus.class, change.status(), "status", errors);
    if (change.version() == null || change.version() < 0) {
      errors.put(
          "version",
          "the version you read (0 if never assessed) is required, so edits cannot overwrite each other");
    }
    if (!errors.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "the assessment change is not valid", errors);
    }
    Optional<Assessments.Refusal> refusal =
        assessments.assess(
            viewer, person.get(), criterionId, view, status, change.note(), change.version());
    if (refusal.isEmpty()) {
      return ResponseEntity.ok(
          assessments.of(person.get()).stream()
              .filter(a -> a.criterionId().equals(criterionId))
              .findFirst()
              .orElseThrow());
    }
    if (refusal.get() instanceof Assessments.Forbidden forbidden) {
      return problem(HttpStatus.FORBIDDEN, forbidden.reason(), Map.of());
    }
    if (refusal.get() instanceof Assessments.Invalid invalid) {
      return problem(
          HttpStatus.BAD_REQUEST, invalid.reason(), Map.of(invalid.field(), invalid.reason()));
    }
    return problem(HttpStatus.CONFLICT, refusal.get().reason(), Map.of());
  }

  static Map<String, Object> summary(Person person) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", person.id());
    json.put("email", person.email());
    json.put("name", person.name());
    json.put("managerId", person.managerId());
    json.put("framework", person.framework());
    json.put("level", person.level());
    json.put("levelSince", person.levelSince());
    json.put("targetLevel", person.targetLevel());
    json.put("badges", person.badges());
    json.put("role", person.role().name().toLowerCase(java.util.Locale.ROOT));
    return json;
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

  private static ResponseEntity<ProblemDetail> notFound(long id) {
    return problem(HttpStatus.NOT_FOUND, "no person " + id + " that you can see", Map.of());
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).body(problem);
  }
}
