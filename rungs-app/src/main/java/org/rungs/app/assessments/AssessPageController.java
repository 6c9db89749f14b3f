package org.rungs.app.assessments;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.evidence.EvidenceLog;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assess page: a level of the person's framework with each criterion's statuses inline, the
 * viewer's own view editable (the person's for themselves, the manager's for a manager).
 */
@RestController
class AssessPageController {

  /** How much of a person's evidence, newest first, the page looks through. */
  static final int EVIDENCE_SHOWN = 1000;

  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final EvidenceLog evidence;
  private final HtmlPages pages;

  public AssessPageController(
      PersonAccess access,
      People people,
      Assessments assessments,
      EvidenceLog evidence,
      HtmlPages pages) {
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.evidence = evidence;
    this.pages = pages;
  }

  @GetMapping("/people/{id}/assess/{level}/")
  public ResponseEntity<String> page(
      @PathVariable long id,
      @PathVariable int level,
      @RequestParam(name = "saved", required = false) String saved,
      Authentication authentication,
      HttpServletRequest request) {
    return show(
        id, level, authentication, request, List.of(), saved != null, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/people/{id}/assess/{level}/")
  public ResponseEntity<String> save(
      @PathVariable long id,
      @PathVariable int level,
      @RequestParam MultiValueMap<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    AssessmentView view = AssessmentView.writtenBy(access.partyOf(viewer, person));
    List<Refusal> refusals = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    // Only what was refused as invalid is shown as typed: after a conflict, the page shows the
    // other person's change, so that saving again does not overwrite it unseen.
    Map<String, String> typed = new HashMap<>();
    // Messages name a criterion by its words, as the page shows it, not by its id.
    Map<String, String> texts = new HashMap<>();
    people
        .frameworkOf(person)
        .ifPresent(f -> f.criteriaById().forEach((cid, c) -> texts.put(cid, c.text())));
    for (String key : form.keySet()) {
      if (!key.startsWith("status.")) {
        continue;
      }
      String criterionId = key.substring("status.".length());
      String chosen = form.getFirst(key);
      String before = form.getFirst("was." + criterionId);
      String note = form.getFirst("note." + criterionId);
      String noteBefore = form.getFirst("wasNote." + criterionId);
      if (java.util.Objects.equals(chosen, before)
          && java.util.Objects.equals(blankToNull(note), blankToNull(noteBefore))) {
        continue;
      }
      AssessmentStatus status = chosen == null || chosen.isBlank() ? null : parse(chosen);
      if (status == null && chosen != null && !chosen.isBlank()) {
        // An unknown value must not clear what was there.
        refusals.add(Refusal.Invalid.of(key, "'" + chosen + "' is not a status"));
        messages.add(
            named(texts, criterionId) + "'" + chosen + "' is not a status; left as it was");
        continue;
      }
      int version = parseVersion(form.getFirst("version." + criterionId));
      Optional<Refusal> refusal =
          assessments.assess(viewer, person, criterionId, view, status, blankToNull(note), version);
      if (refusal.isPresent() && refusal.get() instanceof Refusal.Invalid refused) {
        typed.put("status." + criterionId, chosen == null ? "" : chosen);
        typed.put("note." + criterionId, note == null ? "" : note);
        String field = refused.errors().keySet().stream().findFirst().orElse("status");
        messages.add(
            named(texts, criterionId)
                + (field.equals("note") ? "the note: " : "")
                + refused.errors().getOrDefault(field, refused.reason()));
      } else {
        refusal.ifPresent(r -> messages.add(named(texts, criterionId) + r.reason()));
      }
      refusal.ifPresent(refusals::add);
    }
    if (refusals.isEmpty()) {
      return HtmlPages.seeOther("/people/" + id + "/assess/" + level + "/?saved");
    }
    // Answered as the API answers the first refusal: 403, 400 or 409.
    return show(
        id,
        level,
        authentication,
        request,
        messages,
        false,
        typed,
        RefusalStatus.of(refusals.get(0)));
  }

  private ResponseEntity<String> show(
      long id,
      int level,
      Authentication authentication,
      HttpServletRequest request,
      List<String> messages,
      boolean saved,
      Map<String, String> typed,
      HttpStatus status) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String url = "/people/" + id + "/assess/" + level + "/";
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty() || !framework.get().hasLevel(level)) {
      return pages.notFound(url, person.name() + "'s framework has no level " + level + ".");
    }
    Map<String, Assessment> byId = new HashMap<>();
    assessments.of(person).forEach(a -> byId.put(a.criterionId(), a));
    Map<String, List<Evidence>> evidenceById = new HashMap<>();
    for (Evidence item : evidence.recent(person, EVIDENCE_SHOWN)) {
      item.criterionIds()
          .forEach(c -> evidenceById.computeIfAbsent(c, k -> new ArrayList<>()).add(item));
    }
    List<AssessPage.Card> cards = new ArrayList<>();
    for (Topic topic : framework.get().topics()) {
      List<AssessPage.Row> rows =
          topic.criteriaAt(level).stream()
              .map(
                  c ->
                      new AssessPage.Row(
                          c,
                          byId.get(c.id().value()),
                          evidenceById.getOrDefault(c.id().value(), List.of())))
              .toList();
      if (!rows.isEmpty()) {
        cards.add(new AssessPage.Card(topic, rows));
      }
    }
    AssessmentView view = AssessmentView.writtenBy(access.partyOf(viewer, person));
    return pages.render(
        "assessments/assess.jte",
        new AssessPage(
            pages.chrome(
                "Assess " + person.name() + ": level " + level,
                url,
                PersonViewer.of(viewer),
                request),
            person,
            framework.get(),
            level,
            view,
            cards,
            Csrf.of(request),
            messages,
            saved,
            typed),
        status);
  }

  /** "“Writes clear code”: ", the start of a message about one criterion. */
  private static String named(Map<String, String> texts, String criterionId) {
    String text = texts.getOrDefault(criterionId, criterionId);
    return "“" + (text.length() > 80 ? text.substring(0, 79) + "…" : text) + "”: ";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static AssessmentStatus parse(String status) {
    try {
      return AssessmentStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static int parseVersion(String version) {
    try {
      return version == null ? 0 : Integer.parseInt(version);
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
