package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.progression.pay.ManagerConsistency;
import org.rungs.progression.pay.PayGapReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Manager consistency and the pay gap report, as pages and CSV. Admins only (/admin). */
@RestController
class ReportController {

  private final PersonAccess access;
  private final Pay pay;
  private final HtmlPages pages;

  ReportController(PersonAccess access, Pay pay, HtmlPages pages) {
    this.access = access;
    this.pay = pay;
    this.pages = pages;
  }

  @GetMapping("/admin/pay/consistency/")
  ResponseEntity<String> consistency(Authentication authentication, HttpServletRequest request) {
    Person admin = admin(authentication);
    return pages.render(
        "pay/consistency.jte",
        new ReportPage(
            pages.chrome(
                "Manager consistency", "/admin/pay/consistency/", PersonViewer.of(admin), request),
            pay.consistency(),
            null,
            everyone(admin)),
        HttpStatus.OK);
  }

  @GetMapping("/admin/pay/consistency.csv")
  ResponseEntity<byte[]> consistencyCsv(Authentication authentication) {
    Person admin = admin(authentication);
    ReportPage names = new ReportPage(null, null, null, everyone(admin));
    CsvExport csv =
        CsvExport.of(
            "manager",
            "assessments",
            "people",
            "rate",
            "expected",
            "leniency",
            "p",
            "beyond_chance",
            "explanation");
    for (ManagerConsistency.ManagerFigure manager : pay.consistency().managers()) {
      csv.row(
          names.name(manager.personId()),
          manager.assessments(),
          manager.people(),
          manager.rate(),
          manager.expected(),
          manager.leniency(),
          manager.p(),
          manager.beyondChance(),
          manager.explanation());
    }
    return csv.download("manager-consistency.csv");
  }

  @GetMapping("/admin/pay/gap/")
  ResponseEntity<String> gap(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = admin(authentication);
    return pages.render(
        "pay/gap.jte",
        new ReportPage(
            pages.chrome("Pay gap", "/admin/pay/gap/", PersonViewer.of(admin), request),
            null,
            pay.payGap(date == null ? LocalDate.now() : date),
            Map.of()),
        HttpStatus.OK);
  }

  @GetMapping("/admin/pay/gap.csv")
  ResponseEntity<byte[]> gapCsv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      Authentication authentication) {
    admin(authentication);
    PayGapReport report = pay.payGap(date == null ? LocalDate.now() : date);
    CsvExport csv = CsvExport.of("figure", "category", "level", "people", "value", "flagged");
    csv.row("mean gap, hourly basic pay", "all", "", report.compared(), report.meanGap(), "");
    csv.row("median gap, hourly basic pay", "all", "", report.compared(), report.medianGap(), "");
    csv.row("mean gap, variable pay", "all", "", "", report.variableMeanGap(), "");
    csv.row("median gap, variable pay", "all", "", "", report.variableMedianGap(), "");
    if (report.variablePay() != null) {
      csv.row(
          "share of women receiving variable pay",
          "all",
          "",
          "",
          report.variablePay().female(),
          "");
      csv.row(
          "share of men receiving variable pay", "all", "", "", report.variablePay().male(), "");
    }
    if (report.quartiles() != null) {
      for (int q = 0; q < report.quartiles().size(); q++) {
        csv.row(
            "women in quartile " + (q + 1), "all", "", "", report.quartiles().get(q).female(), "");
        csv.row("men in quartile " + (q + 1), "all", "", "", report.quartiles().get(q).male(), "");
      }
    }
    for (PayGapReport.CategoryGap category : report.categories()) {
      csv.row(
          "mean gap, hourly basic pay",
          category.framework(),
          category.level(),
          category.people(),
          category.meanGap(),
          category.flagged());
    }
    return csv.download("pay-gap-" + report.date() + ".csv");
  }

  private Person admin(Authentication authentication) {
    Person admin = access.viewer(authentication);
    Pay.requireAdmin(admin);
    pay.requireOn();
    return admin;
  }

  private Map<String, Person> everyone(Person admin) {
    return pay.everyoneById();
  }
}
