package org.rungs.app.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.system.Problems;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Result;
import org.rungs.progression.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people team's JSON API: the filtered, paged people list, adding and editing people (with the
 * version read, so a stale edit is a 409), promotions, deactivation. Admins only: anyone else gets
 * a 403 problem, as {@code /admin/**} pages do.
 */
@RestController
@RequestMapping("/api/v1/admin/people")
class PeopleAdminApiController {

  /** A person as the people team writes them; {@code version} is the one read, for edits. */
  record PersonJson(
      String email,
      String name,
      Long managerId,
      String framework,
      Integer level,
      LocalDate levelSince,
      String role,
      Integer version) {

    PersonForm form() {
      return new PersonForm(
          email,
          name,
          managerId,
          framework,
          level,
          levelSince,
          "admin".equalsIgnoreCase(role) ? Role.ADMIN : Role.MEMBER);
    }
  }

  /** A promotion: the new level, from when, why. */
  record PromotionJson(Integer level, LocalDate since, String note, Integer version) {}

  private final PeopleAdmin admin;
  private final PeopleDirectory directory;
  private final PersonAccess access;
  private final PersonRepository people;

  PeopleAdminApiController(
      PeopleAdmin admin, PeopleDirectory directory, PersonAccess access, PersonRepository people) {
    this.admin = admin;
    this.directory = directory;
    this.access = access;
    this.people = people;
  }

  @GetMapping
  ResponseEntity<?> list(
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "team", required = false) Long team,
      @RequestParam(name = "manager", required = false) Long manager,
      @RequestParam(name = "framework", required = false) String framework,
      @RequestParam(name = "level", required = false) Integer level,
      @RequestParam(name = "sublevel", required = false) String subLevel,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @RequestParam(name = "size", defaultValue = "50") int size,
      Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    PeopleListing listing =
        directory.find(
            new PeopleFilter(
                text,
                team,
                manager,
                framework,
                level,
                subLevel,
                AdminPeopleController.status(status),
                page,
                size));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", listing.total());
    json.put("page", listing.filter().page());
    json.put("size", listing.filter().size());
    json.put("people", listing.rows());
    return ResponseEntity.ok(json);
  }

  @PostMapping
  ResponseEntity<?> add(@RequestBody PersonJson sent, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    Result<Long> added = admin.add(actor.get(), sent.form());
    if (added instanceof Result.Refused<Long> refused) {
      return Problems.of(refused.refusal());
    }
    long id = ((Result.Done<Long>) added).value();
    return ResponseEntity.status(HttpStatus.CREATED).body(person(id));
  }

  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable long id, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    return ResponseEntity.ok(person(access.require(actor.get(), id).id()));
  }

  @PutMapping("/{id}")
  ResponseEntity<?> edit(
      @PathVariable long id, @RequestBody PersonJson sent, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    Person person = access.require(actor.get(), id);
    if (sent.version() == null) {
      return Problems.of(Refusal.Invalid.of("version", "send the version you read"));
    }
    return answer(admin.edit(actor.get(), person, sent.form(), sent.version()), id, HttpStatus.OK);
  }

  @PostMapping("/{id}/promotions")
  ResponseEntity<?> promote(
      @PathVariable long id, @RequestBody PromotionJson sent, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    Person person = access.require(actor.get(), id);
    int version = sent.version() == null ? person.version() : sent.version();
    return answer(
        admin.promote(actor.get(), person, sent.level(), sent.since(), sent.note(), version),
        id,
        HttpStatus.CREATED);
  }

  @PostMapping("/{id}/deactivation")
  ResponseEntity<?> deactivate(@PathVariable long id, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    Person person = access.require(actor.get(), id);
    return answer(admin.deactivate(actor.get(), person, person.version()), id, HttpStatus.OK);
  }

  @DeleteMapping("/{id}/deactivation")
  ResponseEntity<?> reactivate(@PathVariable long id, Authentication authentication) {
    Optional<Person> actor = admin(authentication);
    if (actor.isEmpty()) {
      return forbidden();
    }
    Person person = access.require(actor.get(), id);
    return answer(admin.reactivate(actor.get(), person, person.version()), id, HttpStatus.OK);
  }

  private ResponseEntity<?> answer(Optional<Refusal> refused, long id, HttpStatus status) {
    return refused
        .<ResponseEntity<?>>map(Problems::of)
        .orElseGet(() -> ResponseEntity.status(status).body(person(id)));
  }

  private Map<String, Object> person(long id) {
    Person person = people.findById(id).orElseThrow();
    Map<String, Object> json = PeopleApiController.summary(person);
    json.put("version", person.version());
    json.put("deactivated", admin.isDeactivated(person));
    json.put("levels", admin.levelHistory(person));
    return json;
  }

  private Optional<Person> admin(Authentication authentication) {
    return Optional.of(access.viewer(authentication)).filter(Person::isAdmin);
  }

  private static ResponseEntity<?> forbidden() {
    return Problems.of(new Refusal.Forbidden("only admins manage people"));
  }
}
