package org.rungs.app.evidence;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Result;
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
    Person person = access.require(access.viewer(authentication), id);
    return ResponseEntity.ok(evidence.recent(person, 500));
  }

  @PostMapping
  public ResponseEntity<?> add(
      @PathVariable long id,
      @RequestBody EvidenceLog.NewEvidence added,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Person person = access.require(actor, id);
    Result<Long> result = evidence.add(actor, person, added);
    if (result instanceof Result.Refused<Long> refused) {
      return Problems.of(refused.refusal());
    }
    long evidenceId = ((Result.Done<Long>) result).value();
    List<Evidence> recent = evidence.recent(person, 50);
    return ResponseEntity.status(201)
        .body(recent.stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow());
  }
}
