package org.rungs.app.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.system.Result;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Framework;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evidence page: add a note or link that shows some criteria, and see what was added. */
@RestController
class EvidencePageController {

  private final PersonAccess access;
  private final EvidenceLog log;
  private final People people;
  private final HtmlPages pages;

  public EvidencePageController(
      PersonAccess access, EvidenceLog log, People people, HtmlPages pages) {
    this.access = access;
    this.log = log;
    this.people = people;
    this.pages = pages;
  }

  /**
   * The page; {@code criterion}, when the assess page links here for one criterion, is ticked
   * already.
   */
  @GetMapping("/people/{id}/evidence/")
  public ResponseEntity<String> page(
      @PathVariable long id,
      @RequestParam(name = "criterion", required = false) String criterion,
      Authentication authentication,
      HttpServletRequest request) {
    return show(id, authentication, request, Map.of(), criterion, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/people/{id}/evidence/")
  public ResponseEntity<String> add(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    LocalDate day = null;
    String date = form.getFirst("happenedOn");
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException notADate) {
        return show(
            id,
            authentication,
            request,
            Map.of("happenedOn", "'" + date + "' is not a date like 2026-03-31"),
            null,
            form,
            HttpStatus.BAD_REQUEST);
      }
    }
    Result<Long> added =
        log.add(
            viewer,
            person,
            new EvidenceLog.NewEvidence(
                form.getFirst("note"),
                form.getFirst("link"),
                day,
                form.getOrDefault("criterionIds", List.of())));
    if (added instanceof Result.Refused<Long> refused) {
      // Shown beside the fields at fault; a refusal about no field, under the note.
      Map<String, String> errors =
          refused.refusal() instanceof Refusal.Invalid invalid
              ? invalid.errors()
              : Map.of("note", refused.refusal().reason());
      return show(
          id, authentication, request, errors, null, form, RefusalStatus.of(refused.refusal()));
    }
    return HtmlPages.seeOther("/people/" + id + "/evidence/");
  }

  private ResponseEntity<String> show(
      long id,
      Authentication authentication,
      HttpServletRequest request,
      Map<String, String> errors,
      String preselected,
      Map<String, List<String>> typed,
      HttpStatus status) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String url = "/people/" + id + "/evidence/";
    List<EvidencePage.Choice> choices = new ArrayList<>();
    Map<String, String> texts = new java.util.HashMap<>();
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isPresent() && person.level() != null) {
      framework.get().criteria().forEach(c -> texts.put(c.id().value(), c.text()));
      for (int level = person.level();
          level <= Math.min(framework.get().levels(), person.level() + 1);
          level++) {
        int shown = level;
        framework.get().topics().stream()
            .flatMap(topic -> topic.criteriaAt(shown).stream())
            .forEach(criterion -> choices.add(new EvidencePage.Choice(criterion, shown)));
      }
      // Evidence for a criterion of another level, linked from its assess page, is offered too.
      if (preselected != null
          && choices.stream().noneMatch(c -> c.criterion().id().value().equals(preselected))) {
        for (var topic : framework.get().topics()) {
          for (var level : topic.levels()) {
            level.criteria().stream()
                .filter(c -> c.id().value().equals(preselected))
                .findFirst()
                .ifPresent(c -> choices.add(0, new EvidencePage.Choice(c, level.level())));
          }
        }
      }
    }
    return pages.render(
        "evidence/evidence.jte",
        new EvidencePage(
            pages.chrome("Evidence: " + person.name(), url, PersonViewer.of(viewer), request),
            person,
            choices,
            log.recent(person, 100),
            errors,
            Csrf.of(request),
            texts,
            preselected,
            typed),
        status);
  }
}
