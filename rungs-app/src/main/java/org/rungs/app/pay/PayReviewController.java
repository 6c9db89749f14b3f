package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.system.Result;
import org.rungs.app.web.Csrf;
import org.rungs.progression.SubLevel;
import org.rungs.progression.pay.MeritMatrix;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pay review pages: the rounds (admins open one there), a round's raises with its budgets and
 * outliers, and its CSV. Managers adjust their organisation's raises; admins approve and close
 * under {@code /admin}. Plain forms, answered by the page again (or a redirect to it).
 */
@RestController
class PayReviewController {

  private final PersonAccess access;
  private final PayReviews reviews;
  private final HtmlPages pages;

  PayReviewController(PersonAccess access, PayReviews reviews, HtmlPages pages) {
    this.access = access;
    this.reviews = reviews;
    this.pages = pages;
  }

  @GetMapping("/team/pay-reviews/")
  ResponseEntity<String> rounds(Authentication authentication, HttpServletRequest request) {
    return list(access.viewer(authentication), request, Map.of(), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/admin/pay-reviews")
  ResponseEntity<String> open(
      @RequestParam Map<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    Map<String, String> errors = new HashMap<>();
    PayReviews.Opening opening = opening(form, errors);
    if (!errors.isEmpty()) {
      return list(admin, request, errors, form, HttpStatus.BAD_REQUEST);
    }
    Result<PayRound> opened = reviews.open(admin, opening);
    if (opened instanceof Result.Refused<PayRound> refused) {
      Map<String, String> fieldErrors = new HashMap<>();
      if (refused.refusal() instanceof Refusal.Invalid invalid) {
        fieldErrors.putAll(invalid.errors());
      }
      fieldErrors.putIfAbsent("form", refused.refusal().reason());
      return list(admin, request, fieldErrors, form, RefusalStatus.of(refused.refusal()));
    }
    long id = ((Result.Done<PayRound>) opened).value().id();
    return HtmlPages.seeOther("/team/pay-reviews/" + id + "/");
  }

  /** The form's fields as an opening; what cannot be read goes into {@code errors}. */
  static PayReviews.Opening opening(Map<String, String> form, Map<String, String> errors) {
    LocalDate date = null;
    try {
      date = LocalDate.parse(form.getOrDefault("effectiveFrom", "").strip());
    } catch (DateTimeParseException wrong) {
      errors.put("effectiveFrom", "the date its raises take effect is a date, like 2027-04-01");
    }
    BigDecimal budget = number(form.get("budget"));
    if (budget == null) {
      errors.put("budget", "the budget is a number: a percent of payroll, or an amount");
    }
    boolean amount = "amount".equals(form.get("budgetKind"));
    Map<SubLevel, List<BigDecimal>> percents = new EnumMap<>(SubLevel.class);
    MeritMatrix matrix = null;
    for (SubLevel subLevel : SubLevel.values()) {
      java.util.ArrayList<BigDecimal> row = new java.util.ArrayList<>();
      for (int step = 1; step <= 4; step++) {
        String typed = form.get("m-" + subLevel + step);
        BigDecimal percent =
            typed == null ? MeritMatrix.DEFAULT.suggest(subLevel, step) : number(typed);
        row.add(percent == null ? BigDecimal.valueOf(-1) : percent);
      }
      percents.put(subLevel, row);
    }
    try {
      matrix = new MeritMatrix(percents);
    } catch (IllegalArgumentException wrong) {
      errors.put(
          "matrix",
          "each raise of the merit matrix is a number from 0 to 50, with at most 2 decimals");
    }
    return new PayReviews.Opening(
        form.get("name"),
        date,
        "top-manager".equals(form.get("scope"))
            ? PayRound.BudgetScope.TOP_MANAGER
            : PayRound.BudgetScope.ORGANISATION,
        amount ? null : budget,
        amount ? budget : null,
        matrix);
  }

  static BigDecimal number(String typed) {
    if (typed == null || typed.isBlank() || typed.strip().length() > 20) {
      return null;
    }
    try {
      return new BigDecimal(typed.strip().replace(",", ""));
    } catch (NumberFormatException wrong) {
      return null;
    }
  }

  @GetMapping("/team/pay-reviews/{roundId}/")
  ResponseEntity<String> round(
      @PathVariable long roundId, Authentication authentication, HttpServletRequest request) {
    return show(
        access.viewer(authentication), roundId, request, null, 0, HttpStatus.OK, null, null);
  }

  @GetMapping("/team/pay-reviews/{roundId}.csv")
  ResponseEntity<byte[]> csv(@PathVariable long roundId, Authentication authentication) {
    RoundView view = reviews.view(access.viewer(authentication), roundId);
    return RoundJson.csv(view).download("pay-review-" + roundId + ".csv");
  }

  @PostMapping("/team/pay-reviews/{roundId}/raises/{id}")
  ResponseEntity<String> adjust(
      @PathVariable long roundId,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String percent,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "-1") int version,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Refusal> refused =
        reviews.adjust(viewer, roundId, id, number(percent), blankless(reason), version);
    if (refused.isPresent() && !(refused.get() instanceof Refusal.Conflict)) {
      // Shown again as typed, so a refused raise can be corrected rather than typed anew; after
      // a conflict the stored raise is what to look at.
      return show(
          viewer,
          roundId,
          request,
          sentence(refused.get()),
          id,
          RefusalStatus.of(refused.get()),
          percent,
          reason);
    }
    return answer(viewer, roundId, id, request, refused);
  }

  @PostMapping("/admin/pay-reviews/{roundId}/raises/{id}/approve")
  ResponseEntity<String> approve(
      @PathVariable long roundId,
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    return answer(admin, roundId, id, request, reviews.approve(admin, roundId, id, version));
  }

  @PostMapping("/admin/pay-reviews/{roundId}/approve")
  ResponseEntity<String> approveAll(
      @PathVariable long roundId,
      @RequestParam(defaultValue = "-1") int version,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    return answer(admin, roundId, 0, request, reviews.approveAll(admin, roundId, version));
  }

  @PostMapping("/admin/pay-reviews/{roundId}/close")
  ResponseEntity<String> close(
      @PathVariable long roundId,
      @RequestParam(defaultValue = "-1") int version,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    return answer(admin, roundId, 0, request, reviews.close(admin, roundId, version));
  }

  private ResponseEntity<String> answer(
      Person viewer,
      long roundId,
      long personId,
      HttpServletRequest request,
      Optional<Refusal> refused) {
    if (refused.isEmpty()) {
      return HtmlPages.seeOther(
          "/team/pay-reviews/" + roundId + "/" + (personId == 0 ? "" : "#raise-" + personId));
    }
    Refusal refusal = refused.get();
    return show(
        viewer,
        roundId,
        request,
        sentence(refusal),
        personId,
        RefusalStatus.of(refusal),
        null,
        null);
  }

  private static String sentence(Refusal refusal) {
    return refusal.reason().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + refusal.reason().substring(1)
        + ".";
  }

  private ResponseEntity<String> show(
      Person viewer,
      long roundId,
      HttpServletRequest request,
      String message,
      long personId,
      HttpStatus status,
      String typedPercent,
      String typedReason) {
    RoundView view = reviews.view(viewer, roundId);
    return pages.render(
        "pay/round.jte",
        new RoundPage(
            // The address asked, which is the form's after a refusal: links are relative to it.
            pages.chrome(
                "Pay review: " + view.round().name(),
                request.getRequestURI(),
                PersonViewer.of(viewer),
                request),
            Csrf.of(request),
            view,
            message,
            personId,
            viewer.id(),
            typedPercent,
            typedReason),
        status);
  }

  private ResponseEntity<String> list(
      Person viewer,
      HttpServletRequest request,
      Map<String, String> errors,
      Map<String, String> typed,
      HttpStatus status) {
    return pages.render(
        "pay/rounds.jte",
        new RoundsPage(
            pages.chrome("Pay reviews", request.getRequestURI(), PersonViewer.of(viewer), request),
            Csrf.of(request),
            reviews.rounds(),
            viewer.isAdmin(),
            errors,
            typed),
        status);
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
