package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
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
      @RequestParam(required = false) Long team,
      @RequestParam(required = false) Long manager,
      @RequestParam(required = false) String zone,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    String path = framework == null || framework.isBlank() ? firstFramework() : framework;
    if (viewer.isAdmin()) {
      pay.requireOn();
    }
    CalibrationFilter filter = new CalibrationFilter(team, manager, zone);
    Pay.Calibrated calibrated = pay.calibration(viewer, path, level, filter);
    return pages.render(
        "pay/calibration.jte",
        new CalibrationPage(
            pages.chrome("Calibration", "/team/calibration/", PersonViewer.of(viewer), request),
            frameworks.current().set().frameworks().stream().map(Framework::path).toList(),
            path,
            level,
            filter,
            calibrated.rows(),
            calibrated.people(),
            calibrated.teams(),
            calibrated.managers(),
            calibrated.zones(),
            viewer.isAdmin(),
            viewer.isAdmin() ? CalibrationChart.svg(calibrated.rows(), calibrated.people()) : null),
        HttpStatus.OK);
  }

  @GetMapping("/team/calibration.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String framework,
      @RequestParam(defaultValue = "2") int level,
      @RequestParam(required = false) Long team,
      @RequestParam(required = false) Long manager,
      @RequestParam(required = false) String zone,
      Authentication authentication) {
    Person viewer = access.viewer(authentication);
    String path = framework == null || framework.isBlank() ? firstFramework() : framework;
    if (viewer.isAdmin()) {
      pay.requireOn();
    }
    Pay.Calibrated calibrated =
        pay.calibration(viewer, path, level, new CalibrationFilter(team, manager, zone));
    Map<String, Person> people = calibrated.people();
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
    for (CalibrationRow row : calibrated.rows()) {
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

  private String firstFramework() {
    return pay.firstFramework();
  }
}
