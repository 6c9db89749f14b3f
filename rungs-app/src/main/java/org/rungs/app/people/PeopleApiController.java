package org.rungs.app.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for people: who the caller may see. People the caller may not see are answered with
 * 404, exactly like people who do not exist.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

  private final PersonAccess access;

  public PeopleApiController(PersonAccess access) {
    this.access = access;
  }

  @GetMapping
  public List<Map<String, Object>> people(Authentication authentication) {
    return access.visibleTo(access.viewer(authentication)).stream()
        .map(PeopleApiController::summary)
        .toList();
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> person(@PathVariable long id, Authentication authentication) {
    Person person = access.require(access.viewer(authentication), id);
    return ResponseEntity.ok(summary(person));
  }

  static Map<String, Object> summary(Person person) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", person.id());
    json.put("email", person.email());
    json.put("name", person.name());
    json.put("managerId", person.managerId());
    json.put("framework", person.framework());
    json.put("level", person.level());
    json.put("levelSince", person.levelSince());
    json.put("targetLevel", person.targetLevel());
    json.put("badges", person.badges());
    json.put("role", person.role().name().toLowerCase(java.util.Locale.ROOT));
    return json;
  }
}
