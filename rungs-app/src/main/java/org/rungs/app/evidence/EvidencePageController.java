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
import org.rungs.app.site.Chrome;
import org.rungs.app.system.HtmlPages;
import org.rungs.framework.Criterion;
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
public class EvidencePageController {

  /** A criterion that evidence can be about, with its level. */
  public record Choice(Criterion criterion, int level) {}

  /** The page. */
  public record Page(
      Chrome chrome,
      Person person,
      List<Choice> choices,
      List<Evidence> evidence,
      Map<String, String> errors,
      HtmlPages.Csrf csrf,
      Map<String, String> criterionTexts,
      String preselected) {}

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
    return show(id, authentication, request, Map.of(), criterion);
  }

  @PostMapping("/people/{id}/evidence/")
  public ResponseEntity<String> add(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Person> person = access.visible(viewer, id);
    if (person.isEmpty()) {
      return pages.notFound(
          request.getRequestURI(), "There is no person " + id + " that you can see.");
    }
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
            null);
      }
    }
    EvidenceLog.Added added =
        log.add(
            viewer,
            person.get(),
            new EvidenceLog.NewEvidence(
                form.getFirst("note"),
                form.getFirst("link"),
                day,
                form.getOrDefault("criterionIds", List.of())));
    if (added.forbidden()) {
      return show(
          id,
          authentication,
          request,
          Map.of(
              "note", "only " + person.get().name() + " or their manager can add their evidence"),
          null);
    }
    if (!added.errors().isEmpty()) {
      return show(id, authentication, request, added.errors(), null);
    }
    return HtmlPages.seeOther("/people/" + id + "/evidence/");
  }

  private ResponseEntity<String> show(
      long id,
      Authentication authentication,
      HttpServletRequest request,
      Map<String, String> errors,
      String preselected) {
    Person viewer = access.viewer(authentication);
    Optional<Person> person = access.visible(viewer, id);
    String url = "/people/" + id + "/evidence/";
    if (person.isEmpty()) {
      return pages.notFound(url, "There is no person " + id + " that you can see.");
    }
    List<Choice> choices = new ArrayList<>();
    Map<String, String> texts = new java.util.HashMap<>();
    Optional<Framework> framework = people.frameworkOf(person.get());
    if (framework.isPresent() && person.get().level() != null) {
      framework.get().criteria().forEach(c -> texts.put(c.id().value(), c.text()));
      for (int level = person.get().level();
          level <= Math.min(framework.get().levels(), person.get().level() + 1);
          level++) {
        int shown = level;
        framework.get().topics().stream()
            .flatMap(topic -> topic.criteriaAt(shown).stream())
            .forEach(criterion -> choices.add(new Choice(criterion, shown)));
      }
      // Evidence for a criterion of another level, linked from its assess page, is offered too.
      if (preselected != null
          && choices.stream().noneMatch(c -> c.criterion().id().value().equals(preselected))) {
        for (var topic : framework.get().topics()) {
          for (var level : topic.levels()) {
            level.criteria().stream()
                .filter(c -> c.id().value().equals(preselected))
                .findFirst()
                .ifPresent(c -> choices.add(0, new Choice(c, level.level())));
          }
        }
      }
    }
    return pages.render(
        "evidence/evidence.jte",
        new Page(
            pages.chrome("Evidence: " + person.get().name(), url, viewer, request),
            person.get(),
            choices,
            log.recent(person.get(), 100),
            errors,
            HtmlPages.csrf(request),
            texts,
            preselected),
        errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
  }
}
