package org.rungs.app.pay;

import java.time.LocalDate;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pay API's fixed points (issue 11). A person's pay answers the person and admins, and everyone
 * else the same 404 as for an id nobody has; the reports answer admins only. Nothing is cached.
 */
@RestController
class PayApiController {

  private final PersonAccess access;
  private final Pay pay;

  PayApiController(PersonAccess access, Pay pay) {
    this.access = access;
    this.pay = pay;
  }

  @GetMapping("/api/v1/people/{id}/pay")
  ResponseEntity<Map<String, Object>> payOf(@PathVariable long id, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Person person = pay.requirePayOf(viewer, id);
    return fresh(PayJson.pay(pay.of(viewer, person)));
  }

  @GetMapping("/api/v1/calibration")
  ResponseEntity<Map<String, Object>> calibration(
      @RequestParam(required = false) String framework,
      @RequestParam(defaultValue = "2") int level,
      @RequestParam(required = false) Long team,
      @RequestParam(required = false) Long manager,
      @RequestParam(required = false) String zone,
      Authentication authentication) {
    Person viewer = admin(authentication);
    String path = framework == null || framework.isBlank() ? pay.firstFramework() : framework;
    return fresh(
        PayJson.calibration(
            pay.calibration(viewer, path, level, new CalibrationFilter(team, manager, zone))
                .rows()));
  }

  @GetMapping("/api/v1/managers/consistency")
  ResponseEntity<Map<String, Object>> consistency(Authentication authentication) {
    admin(authentication);
    return fresh(PayJson.consistency(pay.consistency()));
  }

  @GetMapping("/api/v1/pay-gap")
  ResponseEntity<Map<String, Object>> payGap(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Authentication authentication) {
    admin(authentication);
    return fresh(PayJson.payGap(pay.payGap(date == null ? LocalDate.now() : date)));
  }

  private Person admin(Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Pay.requireAdmin(viewer);
    pay.requireOn();
    return viewer;
  }

  private static ResponseEntity<Map<String, Object>> fresh(Map<String, Object> body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
