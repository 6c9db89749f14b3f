package org.rungs.app.people;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.app.site.Chrome;
import org.rungs.app.site.Sidebar;
import org.rungs.app.site.SiteLinks;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Standing;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in pages about people: sign-in, and where a person stands. */
@RestController
public class PeopleController {

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final MediaType HTML =
      new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final PersonAccess access;
  private final Assessments assessments;
  private final FrameworkLibrary frameworks;
  private final FrameworkSettings settings;
  private final org.rungs.app.system.HtmlPages pages;
  private final org.rungs.app.evidence.EvidenceLog evidence;
  private final org.rungs.app.checkins.CheckIns checkIns;

  public PeopleController(
      PersonAccess access,
      Assessments assessments,
      FrameworkLibrary frameworks,
      FrameworkSettings settings,
      org.rungs.app.system.HtmlPages pages,
      org.rungs.app.evidence.EvidenceLog evidence,
      org.rungs.app.checkins.CheckIns checkIns) {
    this.access = access;
    this.assessments = assessments;
    this.frameworks = frameworks;
    this.settings = settings;
    this.pages = pages;
    this.evidence = evidence;
    this.checkIns = checkIns;
  }

  @GetMapping("/login")
  public ResponseEntity<String> login(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return page(
        "people/login.jte",
        new PeoplePages.Login(
            chrome("Sign in", "/login/"),
            csrf.getParameterName(),
            csrf.getToken(),
            request.getParameter("error") != null,
            request.getParameter("logout") != null),
        HttpStatus.OK);
  }

  @GetMapping({"/me", "/me/"})
  public ResponseEntity<String> me(Authentication authentication) {
    Person viewer = access.viewer(authentication);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header("Location", "/people/" + viewer.id() + "/")
        .build();
  }

  @GetMapping({"/people/{id}", "/people/{id}/"})
  public ResponseEntity<String> standing(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Optional<Person> person = access.visible(viewer, id);
    String url = "/people/" + id + "/";
    if (person.isEmpty()) {
      return page(
          "notfound.jte",
          new org.rungs.app.site.Pages.NotFound(
              chrome("Not found", url), "There is no person " + id + " that you can see."),
          HttpStatus.NOT_FOUND);
    }
    Optional<Standing> standing = assessments.standing(person.get());
    if (standing.isEmpty()) {
      return page(
          "people/nostanding.jte",
          new PeoplePages.NoStandingPage(
              pages.chrome(person.get().name(), url, viewer, request),
              person.get(),
              viewer,
              person.get().framework() == null
                  ? "No framework has been chosen for " + person.get().name() + " yet."
                  : "The level or framework of "
                      + person.get().name()
                      + " is not set or no longer exists."),
          HttpStatus.OK);
    }
    Framework framework = assessments.frameworkOf(person.get()).orElseThrow();
    int focus =
        standing.get().target() != null
            ? standing.get().target()
            : Math.min(framework.levels(), standing.get().level() + 1);
    Set<String> demonstrated = new HashSet<>();
    for (Assessment assessment : assessments.of(person.get())) {
      if (assessment.agreed() == AssessmentStatus.DEMONSTRATED
          || assessment.agreed() == AssessmentStatus.NOT_APPLICABLE) {
        demonstrated.add(assessment.criterionId());
      }
    }
    List<Criterion> stillToShow =
        framework.topics().stream()
            .flatMap(topic -> topic.criteriaAt(focus).stream())
            .filter(criterion -> !demonstrated.contains(criterion.id().value()))
            .toList();
    // The latest agreed check-in's focus criteria, marked in what is left to show.
    Optional<org.rungs.app.checkins.CheckIn> lastAgreed =
        checkIns.history(person.get()).stream().filter(c -> !c.isOpen()).findFirst();
    Set<String> agreedFocus = lastAgreed.map(c -> Set.copyOf(c.focus())).orElse(Set.of());
    return page(
        "people/standing.jte",
        new PeoplePages.StandingPage(
            pages.chrome(person.get().name(), url, viewer, request),
            person.get(),
            framework,
            standing.get(),
            focus,
            stillToShow,
            viewer.id() == id,
            agreedFocus,
            evidence.recent(person.get(), 5),
            lastAgreed.map(org.rungs.app.checkins.CheckIn::agreedAt).orElse(null),
            lastAgreed.map(org.rungs.app.checkins.CheckIn::awaitsConfirmation).orElse(false),
            assessments.changedSinceAssessed(person.get())),
        HttpStatus.OK);
  }

  private Chrome chrome(String title, String url) {
    FrameworkSet set = frameworks.current().set();
    return new Chrome(
        settings.siteName(), title, SiteLinks.from(url), Sidebar.of(set), null, false);
  }

  private static ResponseEntity<String> page(String template, Object model, HttpStatus status) {
    StringOutput output = new StringOutput(8192);
    TEMPLATES.render(template, model, output);
    return ResponseEntity.status(status)
        .cacheControl(CacheControl.noStore())
        .contentType(HTML)
        .body(output.toString());
  }
}
