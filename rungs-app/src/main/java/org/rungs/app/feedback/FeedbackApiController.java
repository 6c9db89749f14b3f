package org.rungs.app.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Result;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Feedback over the API: give it; accept or reject it as an owner of its framework or an admin. */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApiController {

  /** The body of {@code POST /api/v1/feedback/{id}/reject}: why (optional to accept). */
  record FeedbackReason(String reason) {}

  private final PersonAccess access;
  private final FeedbackBoard board;

  FeedbackApiController(PersonAccess access, FeedbackBoard board) {
    this.access = access;
    this.board = board;
  }

  @PostMapping
  public ResponseEntity<?> give(
      @RequestBody FeedbackBoard.NewFeedback given, Authentication authentication) {
    Result<Long> result = board.submit(access.viewer(authentication), given);
    if (result instanceof Result.Refused<Long> refused) {
      return Problems.of(refused.refusal());
    }
    return ResponseEntity.status(201).body(Map.of("id", ((Result.Done<Long>) result).value()));
  }

  @PostMapping("/{feedbackId}/accept")
  public ResponseEntity<?> accept(
      @PathVariable("feedbackId") long id,
      @RequestBody(required = false) FeedbackReason body,
      Authentication authentication) {
    return decide(id, FeedbackBoard.Decision.ACCEPT, body, authentication);
  }

  @PostMapping("/{feedbackId}/reject")
  public ResponseEntity<?> reject(
      @PathVariable("feedbackId") long id,
      @RequestBody(required = false) FeedbackReason body,
      Authentication authentication) {
    return decide(id, FeedbackBoard.Decision.REJECT, body, authentication);
  }

  private ResponseEntity<?> decide(
      long id,
      FeedbackBoard.Decision decision,
      FeedbackReason body,
      Authentication authentication) {
    Person actor = access.viewer(authentication);
    Result<FeedbackBoard.Decided> result =
        board.decide(actor, id, decision, body == null ? null : body.reason());
    if (result instanceof Result.Refused<FeedbackBoard.Decided> refused) {
      return Problems.of(refused.refusal());
    }
    FeedbackBoard.Decided decided = ((Result.Done<FeedbackBoard.Decided>) result).value();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("status", decided.status().label());
    if (decided.commit() != null) {
      answer.put("commit", decided.commit());
    }
    if (decided.patchOnly()) {
      answer.put("patch", "/feedback/" + id + "/patch");
    }
    return ResponseEntity.ok(answer);
  }
}
