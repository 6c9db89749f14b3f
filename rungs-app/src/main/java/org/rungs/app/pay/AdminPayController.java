package org.rungs.app.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.rungs.progression.ImportProblem;
import org.rungs.progression.pay.BandsCsv;
import org.rungs.progression.pay.PayImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admins' pay page: bands (with CSV in and out) and the pay file. Admins only (/admin). */
@RestController
class AdminPayController {

  private final PersonAccess access;
  private final Pay pay;
  private final PayFiles files;
  private final PayBands bands;
  private final HtmlPages pages;

  AdminPayController(
      PersonAccess access, Pay pay, PayFiles files, PayBands bands, HtmlPages pages) {
    this.access = access;
    this.pay = pay;
    this.files = files;
    this.bands = bands;
    this.pages = pages;
  }

  @GetMapping({"/admin/pay", "/admin/pay/"})
  ResponseEntity<String> page(Authentication authentication, HttpServletRequest request) {
    return show(authentication, request, null, List.of(), null, null, HttpStatus.OK);
  }

  @GetMapping("/admin/pay/bands.csv")
  ResponseEntity<byte[]> bandsCsv(Authentication authentication) {
    Pay.requireAdmin(access.viewer(authentication));
    CsvExport csv = new CsvExport();
    // BandsCsv writes no cell a spreadsheet could read as a formula; written cell by cell anyway.
    for (String line : BandsCsv.write(bands.current().bands()).split("\r\n")) {
      csv.row((Object[]) line.split(",", -1));
    }
    return csv.download("bands.csv");
  }

  @PostMapping("/admin/pay/bands")
  ResponseEntity<String> importBands(
      @RequestParam(defaultValue = "") String csv,
      @RequestParam(required = false) String dryRun,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    BandsCsv.Result result = files.importBands(admin, csv, dryRun != null);
    String message =
        !result.isClean()
            ? "No band was added: fix the file and send it again."
            : dryRun != null
                ? "The file is clean: it would add " + result.bands().size() + " bands."
                : "Added " + result.bands().size() + " bands.";
    return show(
        authentication,
        request,
        "bands",
        result.problems(),
        message,
        result.isClean() && dryRun == null ? null : csv,
        result.isClean() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
  }

  @PostMapping("/admin/pay/import")
  ResponseEntity<String> importPay(
      @RequestParam(defaultValue = "") String csv,
      @RequestParam(required = false) String dryRun,
      Authentication authentication,
      HttpServletRequest request) {
    Person admin = access.viewer(authentication);
    pay.requireOn();
    PayImport.Result result = files.importPay(admin, csv, dryRun != null);
    long changes = result.people().stream().mapToLong(p -> p.history().changes().size()).sum();
    String message =
        !result.isClean()
            ? "Nothing was imported: fix the file and send it again."
            : dryRun != null
                ? "The file is clean: it would add " + changes + " pay changes."
                : "Imported " + changes + " pay changes of " + result.people().size() + " people.";
    return show(
        authentication,
        request,
        "pay",
        result.problems(),
        message,
        result.isClean() && dryRun == null ? null : csv,
        result.isClean() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<String> show(
      Authentication authentication,
      HttpServletRequest request,
      String form,
      List<ImportProblem> problems,
      String message,
      String typed,
      HttpStatus status) {
    Person admin = access.viewer(authentication);
    Pay.requireAdmin(admin);
    PayBands.Current current = bands.current();
    return pages.render(
        "pay/admin.jte",
        new AdminPayPage(
            pages.chrome("Pay", "/admin/pay/", PersonViewer.of(admin), request),
            Csrf.of(request),
            current.bands().all(),
            bands.fromFile(),
            pay.isOn()
                ? current.problems()
                : java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(PayCipher.OFF), current.problems().stream())
                    .toList(),
            form,
            problems,
            message,
            typed),
        status);
  }
}
