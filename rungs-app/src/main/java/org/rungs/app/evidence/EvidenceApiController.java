package org.rungs.app.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's evidence over the API. */
@RestController
@RequestMapping("/api/v1/people/{id}/evidence")
class EvidenceApiController {

  private final PersonAccess access;
  private final EvidenceLog evidence;

  public EvidenceApiController(PersonAccess access, EvidenceLog evidence) {
    this.access = access;
    this.evidence = evidence;
  }

  @GetMapping
  public ResponseEntity<?> list(@PathVariable long id, Authentication authentication) {
    return access
        .visible(access.viewer(authentication), id)
        .<ResponseEntity<?>>map(person -> ResponseEntity.ok(evidence.recent(person, 500)))
        .orElseGet(() -> Problems.notFound("no person " + id + " that you can see"));
  }

  @PostMapping
  public ResponseEntity<?> add(
      @PathVariable long id,
      @RequestBody EvidenceLog.NewEvidence added,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Optional<Person> person = access.visible(actor, id);
    if (person.isEmpty()) {
      return Problems.notFound("no person " + id + " that you can see");
    }
    EvidenceLog.Added result = evidence.add(actor, person.get(), added);
    if (result.forbidden()) {
      return Problems.of(
          403,
          "only " + person.get().name() + " or their manager can add their evidence",
          Map.of());
    }
    if (!result.errors().isEmpty()) {
      return Problems.of(400, "the evidence is not valid", result.errors());
    }
    List<Evidence> recent = evidence.recent(person.get(), 50);
    return ResponseEntity.status(201)
        .body(recent.stream().filter(e -> e.id() == result.id()).findFirst().orElseThrow());
  }
}
