package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.promotion.PdfDocuments;
import org.rungs.app.system.HtmlPages;
import org.rungs.progression.pay.PayChange;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** My pay: the page, its CSV, and the Art. 7 information as a PDF. The person and admins only. */
@RestController
class PayPageController {

  private final PersonAccess access;
  private final Pay pay;
  private final HtmlPages pages;
  private final PayReviews reviews;

  PayPageController(PersonAccess access, Pay pay, HtmlPages pages, PayReviews reviews) {
    this.access = access;
    this.pay = pay;
    this.pages = pages;
    this.reviews = reviews;
  }

  @GetMapping({"/me/pay", "/me/pay/"})
  ResponseEntity<String> mine(Authentication authentication) {
    return HtmlPages.seeOther("/people/" + access.viewer(authentication).id() + "/pay/");
  }

  @GetMapping("/people/{id}/pay/")
  ResponseEntity<String> page(
      @PathVariable long id, Authentication authentication, HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    Person person = pay.requirePayOf(viewer, id);
    MyPay mine = pay.of(viewer, person);
    return pages.render(
        "pay/mine.jte",
        new PayPage(
            pages.chrome(
                "Pay: " + person.name(),
                "/people/" + id + "/pay/",
                PersonViewer.of(viewer),
                request),
            person,
            mine,
            pay.workerInformation(person, LocalDate.now()).orElse(null),
            viewer.id() == id,
            reviews.roundNamesOf(person.id())),
        HttpStatus.OK);
  }

  @GetMapping("/people/{id}/pay.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Person person = pay.requirePayOf(viewer, id);
    MyPay mine = pay.of(viewer, person);
    CsvExport csv =
        CsvExport.of(
            "effective_from", "reason", "currency", "base_salary", "fte", "variable_pay", "zone");
    for (PayChange change : mine.history()) {
      csv.row(
          change.effectiveFrom(),
          change.reason().label(),
          change.baseSalary().currency().getCurrencyCode(),
          change.baseSalary().amount(),
          change.fte(),
          change.variablePay().amount(),
          change.zone());
    }
    if (mine.position() != null) {
      csv.row("band position", mine.position().bandPosition(), "", "", "", "", "");
      csv.row("compa-ratio", mine.position().compaRatio(), "", "", "", "", "");
      csv.row("explanation", mine.position().explanation(), "", "", "", "", "");
    }
    return csv.download("pay-" + id + ".csv");
  }

  @GetMapping("/people/{id}/pay/information.pdf")
  ResponseEntity<byte[]> information(@PathVariable long id, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Person person = pay.requirePayOf(viewer, id);
    pay.readBy(viewer, person);
    byte[] pdf =
        PdfDocuments.pdf(
            "pay/information-pdf.jte",
            new PayPage(
                null,
                person,
                null,
                pay.workerInformation(person, LocalDate.now()).orElse(null),
                viewer.id() == id,
                java.util.Map.of()));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"pay-information-" + id + ".pdf\"")
        .body(pdf);
  }
}
