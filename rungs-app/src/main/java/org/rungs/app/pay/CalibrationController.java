package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.framework.Framework;
import org.rungs.progression.pay.CalibrationRow;
import org.rungs.progression.pay.PayFlag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calibration view and its CSV: admins with pay figures, managers for their own organisation
 * without them (a band position is a salary to anyone who knows the band).
 */
@RestController
class CalibrationController {

  private final PersonAccess access;
  private final Pay pay;
  private final FrameworkLibrary frameworks;
  private final HtmlPages pages;

  CalibrationController(
      PersonAccess access, Pay pay, FrameworkLibrary frameworks, HtmlPages pages) {
    this.access = access;
    this.pay = pay;
    this.frameworks = frameworks;
    this.pages = pages;
  }

  @GetMapping("/team/calibration/")
  ResponseEntity<String> page(
      @RequestParam(required = false) String framework,
      @RequestParam(defaultValue = "2") int level,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    String path = framework == null || framework.isBlank() ? firstFramework() : framework;
    if (viewer.isAdmin()) {
      pay.requireOn();
    }
    List<CalibrationRow> rows = pay.calibration(viewer, path, level);
    Map<String, Person> people = names(viewer);
    return pages.render(
        "pay/calibration.jte",
        new CalibrationPage(
            pages.chrome("Calibration", "/team/calibration/", PersonViewer.of(viewer), request),
            frameworks.current().set().frameworks().stream().map(Framework::path).toList(),
            path,
            level,
            rows,
            people,
            viewer.isAdmin(),
            viewer.isAdmin() ? CalibrationChart.svg(rows, people) : null),
        HttpStatus.OK);
  }

  @GetMapping("/team/calibration.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String framework,
      @RequestParam(defaultValue = "2") int level,
      Authentication authentication) {
    Person viewer = access.viewer(authentication);
    String path = framework == null || framework.isBlank() ? firstFramework() : framework;
    if (viewer.isAdmin()) {
      pay.requireOn();
    }
    Map<String, Person> people = names(viewer);
    CsvExport csv =
        viewer.isAdmin()
            ? CsvExport.of(
                "person",
                "sub_level",
                "demonstrated",
                "criteria",
                "months_at_level",
                "band_position",
                "flags",
                "ready_for_promotion")
            : CsvExport.of(
                "person",
                "sub_level",
                "demonstrated",
                "criteria",
                "months_at_level",
                "ready_for_promotion");
    for (CalibrationRow row : pay.calibration(viewer, path, level)) {
      String name = people.containsKey(row.personId()) ? people.get(row.personId()).name() : "";
      if (viewer.isAdmin()) {
        csv.row(
            name,
            row.subLevel().name(),
            row.demonstrated(),
            row.criteria(),
            row.monthsAtLevel(),
            row.bandPosition(),
            String.join(" ", row.flags().stream().map(PayFlag::code).toList()),
            row.readyForPromotion());
      } else {
        csv.row(
            name,
            row.subLevel().name(),
            row.demonstrated(),
            row.criteria(),
            row.monthsAtLevel(),
            row.readyForPromotion());
      }
    }
    return csv.download("calibration.csv");
  }

  private Map<String, Person> names(Person viewer) {
    Map<String, Person> people = new HashMap<>();
    access.visibleTo(viewer).forEach(p -> people.put(String.valueOf(p.id()), p));
    return people;
  }

  private String firstFramework() {
    return pay.firstFramework();
  }
}
