package org.rungs.app.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.system.Result;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.framework.TopicLevel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in feedback pages: a criterion's permanent page, a framework's feedback page, and an
 * owner's queue with its accept, reject and answer forms.
 */
@RestController
class FeedbackPageController {

  /** Groups smaller than this are never counted on a page, so nobody can be picked out. */
  static final int SMALLEST_GROUP = 5;

  private final PersonAccess access;
  private final FeedbackBoard board;
  private final FrameworkLibrary library;
  private final FrameworkOwners owners;
  private final Assessments assessments;
  private final People people;
  private final HtmlPages pages;

  FeedbackPageController(
      PersonAccess access,
      FeedbackBoard board,
      FrameworkLibrary library,
      FrameworkOwners owners,
      Assessments assessments,
      People people,
      HtmlPages pages) {
    this.access = access;
    this.board = board;
    this.library = library;
    this.owners = owners;
    this.assessments = assessments;
    this.people = people;
    this.pages = pages;
  }

  /** Where a criterion is written: the framework whose file has it (not one that inherits it). */
  private record Place(Framework framework, Topic topic, int level, Criterion criterion) {}

  @GetMapping("/feedback/criteria/{criterionId}/")
  public ResponseEntity<String> criterion(
      @PathVariable String criterionId, Authentication authentication, HttpServletRequest request) {
    return showCriterion(criterionId, authentication, request, Map.of(), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/feedback/criteria/{criterionId}/")
  public ResponseEntity<String> giveOnCriterion(
      @PathVariable String criterionId,
      @RequestParam Map<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Optional<Place> place = place(criterionId);
    if (place.isEmpty()) {
      return pages.notFound(request.getRequestURI(), "There is no criterion " + criterionId + ".");
    }
    Result<Long> given =
        board.submit(
            access.viewer(authentication),
            new FeedbackBoard.NewFeedback(
                place.get().framework().path(),
                criterionId,
                form.get("kind"),
                form.get("text"),
                form.containsKey("anonymous")));
    if (given instanceof Result.Refused<Long> refused) {
      return showCriterion(
          criterionId,
          authentication,
          request,
          errors(refused.refusal()),
          form,
          RefusalStatus.of(refused.refusal()));
    }
    return HtmlPages.seeOther("/feedback/criteria/" + criterionId + "/");
  }

  @GetMapping("/feedback/framework/")
  public ResponseEntity<String> framework(
      @RequestParam String path, Authentication authentication, HttpServletRequest request) {
    return showFramework(path, authentication, request, Map.of(), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/feedback/framework/")
  public ResponseEntity<String> giveOnFramework(
      @RequestParam String path,
      @RequestParam Map<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    String framework = frameworkPath(path);
    Result<Long> given =
        board.submit(
            access.viewer(authentication),
            new FeedbackBoard.NewFeedback(
                framework,
                null,
                form.get("kind"),
                form.get("text"),
                form.containsKey("anonymous")));
    if (given instanceof Result.Refused<Long> refused) {
      return showFramework(
          path,
          authentication,
          request,
          errors(refused.refusal()),
          form,
          RefusalStatus.of(refused.refusal()));
    }
    return HtmlPages.seeOther("/feedback/framework/?path=" + framework);
  }

  @PostMapping("/feedback/{feedbackId}/support")
  public ResponseEntity<String> support(
      @PathVariable("feedbackId") long id,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Refusal> refused = board.support(viewer, id);
    if (refused.isPresent()) {
      return pages.notFound(request.getRequestURI(), refused.get().reason());
    }
    return HtmlPages.seeOther(board.find(viewer, id).orElseThrow().link());
  }

  @GetMapping("/feedback/queue/")
  public ResponseEntity<String> queue(
      @RequestParam(name = "decided", required = false) Long decided,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    String notice =
        decided == null
            ? null
            : board
                .find(viewer, decided)
                .map(
                    f ->
                        "Feedback "
                            + f.id()
                            + " was "
                            + f.status().label()
                            + (f.hasPatch()
                                ? ": the folder is not writable, download the patch below."
                                : "."))
                .orElse(null);
    return showQueue(viewer, request, notice, decided, null, HttpStatus.OK);
  }

  @PostMapping("/feedback/{feedbackId}/decide")
  public ResponseEntity<String> decide(
      @PathVariable("feedbackId") long id,
      @RequestParam Map<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    FeedbackBoard.Decision decision =
        switch (form.getOrDefault("decision", "")) {
          case "accept" -> FeedbackBoard.Decision.ACCEPT;
          case "reject" -> FeedbackBoard.Decision.REJECT;
          default -> FeedbackBoard.Decision.ANSWER;
        };
    Result<FeedbackBoard.Decided> result = board.decide(viewer, id, decision, form.get("reason"));
    if (result instanceof Result.Refused<FeedbackBoard.Decided> refused) {
      return showQueue(
          viewer,
          request,
          null,
          null,
          "Feedback " + id + ": " + refused.refusal().reason() + ".",
          RefusalStatus.of(refused.refusal()));
    }
    return HtmlPages.seeOther("/feedback/queue/?decided=" + id);
  }

  @GetMapping("/feedback/{feedbackId}/patch")
  public ResponseEntity<?> patch(
      @PathVariable("feedbackId") long id, Authentication authentication) {
    Result<String> patch = board.patch(access.viewer(authentication), id);
    if (patch instanceof Result.Refused<String> refused) {
      return ResponseEntity.status(RefusalStatus.of(refused.refusal()))
          .contentType(MediaType.TEXT_PLAIN)
          .body(refused.refusal().reason());
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"feedback-" + id + ".patch\"")
        .contentType(new MediaType("text", "x-diff", StandardCharsets.UTF_8))
        .body(((Result.Done<String>) patch).value());
  }

  private ResponseEntity<String> showCriterion(
      String criterionId,
      Authentication authentication,
      HttpServletRequest request,
      Map<String, String> errors,
      Map<String, String> typed,
      HttpStatus status) {
    Person viewer = access.viewer(authentication);
    String url = "/feedback/criteria/" + criterionId + "/";
    Optional<Place> found = place(criterionId);
    if (found.isEmpty()) {
      return pages.notFound(url, "There is no criterion " + criterionId + ".");
    }
    Place place = found.get();
    String path = place.framework().path();
    return pages.render(
        "feedback/criterion.jte",
        new CriterionPage(
            pages.chrome(
                "Criterion: " + place.topic().title(), url, PersonViewer.of(viewer), request),
            path,
            place.framework().title(),
            place.criterion(),
            place.topic().title(),
            place.level(),
            owners.of(path),
            shownAtLevel(criterionId),
            board.about(viewer, path, criterionId),
            owners.mayDecide(viewer, path),
            url,
            errors,
            typed,
            Csrf.of(request)),
        status);
  }

  private ResponseEntity<String> showFramework(
      String given,
      Authentication authentication,
      HttpServletRequest request,
      Map<String, String> errors,
      Map<String, String> typed,
      HttpStatus status) {
    Person viewer = access.viewer(authentication);
    String path = frameworkPath(given);
    String url = "/feedback/framework/?path=" + path;
    Optional<Framework> framework = library.current().set().find(path);
    if (framework.isEmpty()) {
      return pages.notFound(url, "There is no framework at " + path + ".");
    }
    return pages.render(
        "feedback/criterion.jte",
        new CriterionPage(
            pages.chrome(
                "Feedback: " + framework.get().title(),
                "/feedback/framework/",
                PersonViewer.of(viewer),
                request),
            path,
            framework.get().title(),
            null,
            null,
            0,
            owners.of(path),
            Map.of(),
            board.about(viewer, path, null),
            owners.mayDecide(viewer, path),
            url,
            errors,
            typed,
            Csrf.of(request)),
        status);
  }

  private ResponseEntity<String> showQueue(
      Person viewer,
      HttpServletRequest request,
      String notice,
      Long decided,
      String error,
      HttpStatus status) {
    Map<String, String> texts = new HashMap<>();
    library.current().set().frameworks().stream()
        .flatMap(Framework::criteria)
        .forEach(c -> texts.putIfAbsent(c.id().value(), c.text()));
    return pages.render(
        "feedback/queue.jte",
        new QueuePage(
            pages.chrome(
                "Feedback to review", "/feedback/queue/", PersonViewer.of(viewer), request),
            board.queue(viewer),
            texts,
            notice,
            decided != null && notice != null && notice.contains("patch") ? decided : null,
            error,
            Csrf.of(request)),
        status);
  }

  @GetMapping("/feedback/health/")
  public ResponseEntity<String> health(Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    List<Framework> owned =
        library.current().set().frameworks().stream()
            .filter(f -> !f.topics().isEmpty() && owners.mayDecide(viewer, f.path()))
            .toList();
    java.util.Set<String> ids = new java.util.HashSet<>();
    owned.forEach(f -> f.criteria().forEach(c -> ids.add(c.id().value())));
    List<Assessments.Views> views = assessments.viewsOf(ids);
    Map<Long, Integer> levels =
        people.levels(views.stream().map(Assessments.Views::personId).distinct().toList());
    Map<String, Integer> unclear = board.openByCriterion(FeedbackKind.UNCLEAR);
    Map<String, Integer> questions = board.openByCriterion(FeedbackKind.QUESTION);
    List<HealthPage.Section> sections =
        owned.stream()
            .map(
                f ->
                    new HealthPage.Section(
                        f.path(),
                        f.title(),
                        FrameworkHealth.of(f, views, levels, unclear, questions)))
            .toList();
    return pages.render(
        "feedback/health.jte",
        new HealthPage(
            pages.chrome("Framework health", "/feedback/health/", PersonViewer.of(viewer), request),
            sections),
        HttpStatus.OK);
  }

  /** How many people at each level demonstrated it, counting only groups of 5 or more. */
  private Map<Integer, String> shownAtLevel(String criterionId) {
    Map<Integer, Integer> counts = new TreeMap<>();
    people
        .levels(assessments.demonstratedBy(criterionId))
        .values()
        .forEach(level -> counts.merge(level, 1, Integer::sum));
    Map<Integer, String> shown = new TreeMap<>();
    counts.forEach(
        (level, count) ->
            shown.put(level, count < SMALLEST_GROUP ? "fewer than " + SMALLEST_GROUP : "" + count));
    return shown;
  }

  private Optional<Place> place(String criterionId) {
    for (Framework framework : library.current().set().frameworks()) {
      for (Topic topic : framework.topics()) {
        for (TopicLevel level : topic.levels()) {
          for (Criterion criterion : level.criteria()) {
            if (criterion.id().value().equals(criterionId) && !criterion.isInherited()) {
              return Optional.of(new Place(framework, topic, level.level(), criterion));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String frameworkPath(String path) {
    String stripped = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return stripped.isEmpty() ? "/" : stripped;
  }

  private static Map<String, String> errors(Refusal refusal) {
    return refusal instanceof Refusal.Invalid invalid && !invalid.errors().isEmpty()
        ? invalid.errors()
        : Map.of("text", refusal.reason());
  }
}
