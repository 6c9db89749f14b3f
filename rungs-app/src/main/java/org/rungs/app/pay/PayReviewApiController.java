package org.rungs.app.pay;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Result;
import org.rungs.progression.SubLevel;
import org.rungs.progression.pay.MeritMatrix;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pay review rounds through the API. Anyone signed in lists the rounds and sees the raises they may
 * see: admins with money, managers their organisation's in percent only, others none. Managers
 * adjust; admins open, approve and close. Every write names the version it read, and gets 409 if
 * someone changed it first. Nothing is cached.
 */
@RestController
class PayReviewApiController {

  /**
   * What opens a round.
   *
   * @param budgetScope {@code organisation} (one budget) or {@code top-manager}
   * @param budgetPercent the budget as a percent of payroll; or give budgetAmount
   * @param matrix for sub-levels A to D, four raises in percent each from the first stretch of the
   *     band to the top; the default matrix if left out
   */
  record NewPayReview(
      String name,
      LocalDate effectiveFrom,
      String budgetScope,
      BigDecimal budgetPercent,
      BigDecimal budgetAmount,
      Map<String, List<BigDecimal>> matrix) {}

  /** A raise in percent, the reason it differs from the suggestion, and the version read. */
  record RaiseChange(BigDecimal percent, String reason, Integer version) {}

  /** The version of the raise or round read. */
  record VersionRead(Integer version) {}

  /**
   * Every change says which version it was made from: without one it could overwrite a change it
   * never saw (a missing number must not read as 0, the first version).
   */
  private static Optional<Refusal> withoutVersion(Integer version) {
    return version == null
        ? Optional.of(
            Refusal.Invalid.of("version", "give the version you read, from the round's answer"))
        : Optional.empty();
  }

  private final PersonAccess access;
  private final PayReviews reviews;

  PayReviewApiController(PersonAccess access, PayReviews reviews) {
    this.access = access;
    this.reviews = reviews;
  }

  @GetMapping("/api/v1/pay-reviews")
  ResponseEntity<List<Map<String, Object>>> rounds(Authentication authentication) {
    access.viewer(authentication);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(reviews.rounds().stream().map(RoundJson::round).toList());
  }

  @PostMapping("/api/v1/pay-reviews")
  ResponseEntity<?> open(@RequestBody NewPayReview body, Authentication authentication) {
    Person admin = access.viewer(authentication);
    MeritMatrix matrix;
    try {
      matrix = body.matrix() == null ? MeritMatrix.DEFAULT : matrix(body.matrix());
    } catch (IllegalArgumentException wrong) {
      return Problems.of(Refusal.Invalid.of("matrix", wrong.getMessage()));
    }
    Result<PayRound> opened =
        reviews.open(
            admin,
            new PayReviews.Opening(
                body.name(),
                body.effectiveFrom(),
                "top-manager".equals(body.budgetScope())
                    ? PayRound.BudgetScope.TOP_MANAGER
                    : PayRound.BudgetScope.ORGANISATION,
                body.budgetPercent(),
                body.budgetAmount(),
                matrix));
    if (opened instanceof Result.Refused<PayRound> refused) {
      return Problems.of(refused.refusal());
    }
    PayRound round = ((Result.Done<PayRound>) opened).value();
    return ResponseEntity.created(URI.create("/api/v1/pay-reviews/" + round.id()))
        .cacheControl(CacheControl.noStore())
        .body(RoundJson.round(round));
  }

  private static MeritMatrix matrix(Map<String, List<BigDecimal>> rows) {
    Map<SubLevel, List<BigDecimal>> percents = new java.util.EnumMap<>(SubLevel.class);
    rows.forEach((subLevel, row) -> percents.put(SubLevel.valueOf(subLevel.strip()), row));
    return new MeritMatrix(percents);
  }

  @GetMapping("/api/v1/pay-reviews/{roundId}")
  ResponseEntity<Map<String, Object>> round(
      @PathVariable long roundId, Authentication authentication) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(RoundJson.view(reviews.view(access.viewer(authentication), roundId)));
  }

  @GetMapping("/api/v1/pay-reviews/{roundId}/proposals")
  ResponseEntity<List<Map<String, Object>>> proposals(
      @PathVariable long roundId, Authentication authentication) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(RoundJson.proposals(reviews.view(access.viewer(authentication), roundId)));
  }

  @PutMapping("/api/v1/pay-reviews/{roundId}/proposals/{id}")
  ResponseEntity<?> adjust(
      @PathVariable long roundId,
      @PathVariable long id,
      @RequestBody RaiseChange body,
      Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Optional<Refusal> missing = withoutVersion(body.version());
    if (missing.isPresent()) {
      return Problems.of(missing.get());
    }
    return answer(
        viewer,
        roundId,
        reviews.adjust(viewer, roundId, id, body.percent(), body.reason(), body.version()));
  }

  @PostMapping("/api/v1/pay-reviews/{roundId}/proposals/{id}/approve")
  ResponseEntity<?> approve(
      @PathVariable long roundId,
      @PathVariable long id,
      @RequestBody VersionRead body,
      Authentication authentication) {
    Person admin = access.viewer(authentication);
    Optional<Refusal> missing = withoutVersion(body.version());
    if (missing.isPresent()) {
      return Problems.of(missing.get());
    }
    return answer(admin, roundId, reviews.approve(admin, roundId, id, body.version()));
  }

  @PostMapping("/api/v1/pay-reviews/{roundId}/approve")
  ResponseEntity<?> approveAll(
      @PathVariable long roundId, @RequestBody VersionRead body, Authentication authentication) {
    Person admin = access.viewer(authentication);
    Optional<Refusal> missing = withoutVersion(body.version());
    if (missing.isPresent()) {
      return Problems.of(missing.get());
    }
    return answer(admin, roundId, reviews.approveAll(admin, roundId, body.version()));
  }

  @PostMapping("/api/v1/pay-reviews/{roundId}/close")
  ResponseEntity<?> close(
      @PathVariable long roundId, @RequestBody VersionRead body, Authentication authentication) {
    Person admin = access.viewer(authentication);
    Optional<Refusal> missing = withoutVersion(body.version());
    if (missing.isPresent()) {
      return Problems.of(missing.get());
    }
    return answer(admin, roundId, reviews.close(admin, roundId, body.version()));
  }

  /** The round as the caller now sees it, or the refusal as a problem. */
  private ResponseEntity<?> answer(Person viewer, long roundId, Optional<Refusal> refused) {
    if (refused.isPresent()) {
      return Problems.of(refused.get());
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(RoundJson.view(reviews.view(viewer, roundId)));
  }
}
