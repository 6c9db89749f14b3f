package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.RefusalStatus;
import org.rungs.app.system.Result;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Framework;
import org.rungs.progression.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin's pages for one person: add, edit, promote, deactivate and reactivate. A refused form
 * comes back with what was typed and the reason; a success goes back to the person's page, so a
 * reload posts nothing.
 */
@RestController
class AdminPersonController {

  private static final Map<String, String> DONE =
      Map.of(
          "added", "Added. Press “New password” on the people page when they are to sign in.",
          "saved", "Saved.",
          "promoted", "Promotion recorded.",
          "deactivated", "Deactivated: signed out everywhere, their data kept.",
          "reactivated", "Reactivated: they can sign in again.");

  private final PersonRepository people;
  private final PeopleAdmin admin;
  private final PersonAccess access;
  private final FrameworkLibrary frameworks;
  private final HtmlPages pages;

  AdminPersonController(
      PersonRepository people,
      PeopleAdmin admin,
      PersonAccess access,
      FrameworkLibrary frameworks,
      HtmlPages pages) {
    this.people = people;
    this.admin = admin;
    this.access = access;
    this.frameworks = frameworks;
    this.pages = pages;
  }

  @GetMapping("/admin/people/new")
  ResponseEntity<String> newPerson(Authentication authentication, HttpServletRequest request) {
    return render(null, PersonForm.empty(), "", 0, null, null, authentication, request);
  }

  @PostMapping("/admin/people/new")
  ResponseEntity<String> add(
      @RequestParam Map<String, String> fields,
      Authentication authentication,
      HttpServletRequest request) {
    Person actor = access.viewer(authentication);
    Typed typed = typed(fields);
    if (typed.refusal() != null) {
      return render(
          null,
          typed.form(),
          typed.managerEmail(),
          0,
          typed.refusal(),
          null,
          authentication,
          request);
    }
    Result<Long> added = admin.add(actor, typed.form());
    if (added instanceof Result.Done<Long> done) {
      return HtmlPages.seeOther(
          request.getContextPath() + "/admin/people/" + done.value() + "/?done=added");
    }
    Result.Refused<Long> refused = (Result.Refused<Long>) added;
    return render(
        null,
        typed.form(),
        typed.managerEmail(),
        0,
        refused.refusal(),
        null,
        authentication,
        request);
  }

  @GetMapping("/admin/people/{id}/")
  ResponseEntity<String> person(
      @PathVariable long id,
      @RequestParam(name = "done", required = false) String done,
      Authentication authentication,
      HttpServletRequest request) {
    Person person = require(authentication, id);
    String managerEmail = managerEmail(person);
    return render(
        person,
        PersonForm.of(person),
        managerEmail,
        person.version(),
        null,
        done == null ? null : DONE.get(done),
        authentication,
        request);
  }

  @PostMapping("/admin/people/{id}/")
  ResponseEntity<String> edit(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      Authentication authentication,
      HttpServletRequest request) {
    Person person = require(authentication, id);
    Typed typed = typed(fields);
    int version = version(fields);
    Optional<Refusal> refused =
        typed.refusal() != null
            ? Optional.of(typed.refusal())
            : admin.edit(access.viewer(authentication), person, typed.form(), version);
    return refused
        .map(
            refusal ->
                render(
                    person,
                    typed.form(),
                    typed.managerEmail(),
                    version,
                    refusal,
                    null,
                    authentication,
                    request))
        .orElseGet(() -> back(request, id, "saved"));
  }

  @PostMapping("/admin/people/{id}/promotion")
  ResponseEntity<String> promote(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      Authentication authentication,
      HttpServletRequest request) {
    Person person = require(authentication, id);
    Integer level = number(fields.get("level"));
    LocalDate since = day(fields.get("since"));
    Optional<Refusal> refused =
        admin.promote(
            access.viewer(authentication),
            person,
            level,
            since,
            fields.get("note"),
            version(fields));
    return refused
        .map(refusal -> refusedOnPage(person, refusal, authentication, request))
        .orElseGet(() -> back(request, id, "promoted"));
  }

  @PostMapping("/admin/people/{id}/deactivate")
  ResponseEntity<String> deactivate(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      Authentication authentication,
      HttpServletRequest request) {
    Person person = require(authentication, id);
    return admin
        .deactivate(access.viewer(authentication), person, version(fields))
        .map(refusal -> refusedOnPage(person, refusal, authentication, request))
        .orElseGet(() -> back(request, id, "deactivated"));
  }

  @PostMapping("/admin/people/{id}/reactivate")
  ResponseEntity<String> reactivate(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      Authentication authentication,
      HttpServletRequest request) {
    Person person = require(authentication, id);
    return admin
        .reactivate(access.viewer(authentication), person, version(fields))
        .map(refusal -> refusedOnPage(person, refusal, authentication, request))
        .orElseGet(() -> back(request, id, "reactivated"));
  }

  /** The form as typed, with the manager's email turned into their id. */
  private record Typed(PersonForm form, String managerEmail, Refusal refusal) {}

  private Typed typed(Map<String, String> fields) {
    String managerEmail = fields.getOrDefault("managerEmail", "").strip();
    Long managerId = null;
    Refusal refusal = null;
    if (!managerEmail.isEmpty()) {
      Optional<Person> manager = people.findByEmail(managerEmail);
      if (manager.isPresent()) {
        managerId = manager.get().id();
      } else {
        refusal = Refusal.Invalid.of("manager", "nobody in Rungs has the email " + managerEmail);
      }
    }
    Integer level = number(fields.get("level"));
    if (level == null && fields.get("level") != null && !fields.get("level").isBlank()) {
      refusal = Refusal.Invalid.of("level", "the level is a whole number");
    }
    Role role = "admin".equalsIgnoreCase(fields.get("role")) ? Role.ADMIN : Role.MEMBER;
    PersonForm form =
        new PersonForm(
            fields.get("email"),
            fields.get("name"),
            managerId,
            fields.get("framework"),
            level,
            day(fields.get("levelSince")),
            role);
    return new Typed(form, managerEmail, refusal);
  }

  private Person require(Authentication authentication, long id) {
    return access.require(access.viewer(authentication), id);
  }

  private String managerEmail(Person person) {
    return person.managerId() == null
        ? ""
        : people.findById(person.managerId()).map(Person::email).orElse("");
  }

  private ResponseEntity<String> refusedOnPage(
      Person person, Refusal refusal, Authentication authentication, HttpServletRequest request) {
    Person fresh = people.findById(person.id()).orElseThrow();
    return render(
        fresh,
        PersonForm.of(fresh),
        managerEmail(fresh),
        fresh.version(),
        refusal,
        null,
        authentication,
        request);
  }

  private static ResponseEntity<String> back(HttpServletRequest request, long id, String done) {
    return HtmlPages.seeOther(request.getContextPath() + "/admin/people/" + id + "/?done=" + done);
  }

  private ResponseEntity<String> render(
      Person person,
      PersonForm form,
      String managerEmail,
      int version,
      Refusal refusal,
      String done,
      Authentication authentication,
      HttpServletRequest request) {
    // The add page is /admin/people/new, in the folder /admin/people/: its links are made from
    // there.
    String url = person == null ? "/admin/people/" : "/admin/people/" + person.id() + "/";
    String title = person == null ? "Add a person" : person.name();
    Map<String, String> errors =
        refusal instanceof Refusal.Invalid invalid ? invalid.errors() : Map.of();
    return pages.render(
        "people/admin-person.jte",
        new AdminPersonPage(
            pages.chrome(title, url, PersonViewer.of(access.viewer(authentication)), request),
            person,
            form,
            managerEmail,
            version,
            person != null && admin.isDeactivated(person),
            person == null ? List.of() : admin.levelHistory(person),
            frameworks(),
            refusal == null ? null : refusal.reason(),
            errors,
            done,
            Csrf.of(request)),
        refusal == null ? HttpStatus.OK : RefusalStatus.of(refusal));
  }

  private List<String> frameworks() {
    return frameworks.current().set().frameworks().stream()
        .filter(framework -> framework.levels() > 0)
        .map(Framework::path)
        .sorted()
        .toList();
  }

  private static int version(Map<String, String> fields) {
    Integer version = number(fields.get("version"));
    return version == null ? -1 : version;
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
