package org.rungs.app.standing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.evidence.EvidenceLog;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Chrome;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** "Where I stand": a person's home page, and the same page for their managers and admins. */
@RestController
class StandingPageController {

  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final HtmlPages pages;
  private final EvidenceLog evidence;
  private final CheckIns checkIns;

  public StandingPageController(
      PersonAccess access,
      People people,
      Assessments assessments,
      HtmlPages pages,
      EvidenceLog evidence,
      CheckIns checkIns) {
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.pages = pages;
    this.evidence = evidence;
    this.checkIns = checkIns;
  }

  @GetMapping({"/me", "/me/"})
  public ResponseEntity<String> me(Authentication authentication) {
    Person viewer = access.viewer(authentication);
    return HtmlPages.seeOther("/people/" + viewer.id() + "/");
  }

  @GetMapping({"/people/{id}", "/people/{id}/"})
  public ResponseEntity<String> standing(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = access.require(viewer, id);
    String url = "/people/" + id + "/";
    Chrome chrome = pages.chrome(person.name(), url, PersonViewer.of(viewer), request);
    // Read once for the standing, the views, what is left to show and what changed.
    List<Assessment> assessed = assessments.of(person);
    Optional<Standing> standing = assessments.standing(person, assessed);
    if (standing.isEmpty()) {
      String reason =
          person.framework() == null
              ? "No framework has been chosen for " + person.name() + " yet."
              : "The level or framework of " + person.name() + " is not set or no longer exists.";
      return pages.render(
          "standing/nostanding.jte",
          new NoStandingPage(chrome, person, viewer, reason),
          HttpStatus.OK);
    }
    Framework framework = people.frameworkOf(person).orElseThrow();
    int focus =
        standing.get().target() != null
            ? standing.get().target()
            : Math.min(framework.levels(), standing.get().level() + 1);
    // The latest agreed check-in's focus criteria, marked in what is left to show.
    Optional<CheckIn> lastAgreed =
        checkIns.history(person).stream().filter(c -> !c.isOpen()).findFirst();
    return pages.render(
        "standing/standing.jte",
        new StandingPage(
            chrome,
            person,
            framework,
            standing.get(),
            focus,
            stillToShow(assessed, framework, focus),
            viewer.id() == id,
            lastAgreed.map(c -> Set.copyOf(c.focus())).orElse(Set.of()),
            evidence.recent(person, 5),
            lastAgreed.map(CheckIn::agreedAt).orElse(null),
            lastAgreed.map(CheckIn::awaitsConfirmation).orElse(false),
            assessments.changedSinceAssessed(person, assessed),
            views(assessed, framework, standing.get().level()),
            focusCriteria(framework, lastAgreed)),
        HttpStatus.OK);
  }

  /**
   * How many criteria of {@code level} the person and their manager each see as demonstrated, so
   * that a self-assessment shows before it is agreed (only agreed statuses count for the standing).
   */
  private static StandingPage.Views views(
      List<Assessment> assessed, Framework framework, int level) {
    Set<String> atLevel = new HashSet<>();
    framework.topics().forEach(t -> t.criteriaAt(level).forEach(c -> atLevel.add(c.id().value())));
    int self = 0;
    int manager = 0;
    for (Assessment assessment : assessed) {
      if (atLevel.contains(assessment.criterionId())) {
        self += assessment.status(AssessmentView.SELF) == AssessmentStatus.DEMONSTRATED ? 1 : 0;
        manager +=
            assessment.status(AssessmentView.MANAGER) == AssessmentStatus.DEMONSTRATED ? 1 : 0;
      }
    }
    return new StandingPage.Views(level, atLevel.size(), self, manager);
  }

  /** The focus criteria of the last agreement, by name, in the framework's order. */
  private static List<Criterion> focusCriteria(Framework framework, Optional<CheckIn> lastAgreed) {
    if (lastAgreed.isEmpty() || lastAgreed.get().focus().isEmpty()) {
      return List.of();
    }
    var byId = framework.criteriaById();
    return lastAgreed.get().focus().stream()
        .map(byId::get)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The criteria of {@code level} not yet agreed as demonstrated (or as not applicable). */
  private static List<Criterion> stillToShow(
      List<Assessment> assessed, Framework framework, int level) {
    Set<String> shown = new HashSet<>();
    for (Assessment assessment : assessed) {
      if (assessment.agreed() == AssessmentStatus.DEMONSTRATED
          || assessment.agreed() == AssessmentStatus.NOT_APPLICABLE) {
        shown.add(assessment.criterionId());
      }
    }
    return framework.topics().stream()
        .flatMap(topic -> topic.criteriaAt(level).stream())
        .filter(criterion -> !shown.contains(criterion.id().value()))
        .toList();
  }
}
