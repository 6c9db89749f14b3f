package org.rungs.app.promotion;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.assessments.Assessments;
import org.rungs.app.checkins.CheckIn;
import org.rungs.app.checkins.CheckIns;
import org.rungs.app.evidence.EvidenceLog;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.people.PersonAccess;
import org.rungs.app.people.PersonViewer;
import org.rungs.app.system.HtmlPages;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.Standing;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's promotion case for a level (as a page, Markdown and PDF) and their progression
 * one-pager (PDF). Seen by whoever may see the person's standing: the person, their managers up the
 * line, admins; to anyone else the person does not exist.
 */
@RestController
class PromotionController {

  /** At most this much evidence goes into a case: years of it. */
  static final int MAX_EVIDENCE = 5000;

  private static final MediaType MARKDOWN =
      new MediaType("text", "markdown", StandardCharsets.UTF_8);

  private final PersonAccess access;
  private final People people;
  private final Assessments assessments;
  private final EvidenceLog evidence;
  private final CheckIns checkIns;
  private final HtmlPages pages;
  private final FrameworkSettings settings;

  public PromotionController(
      PersonAccess access,
      People people,
      Assessments assessments,
      EvidenceLog evidence,
      CheckIns checkIns,
      HtmlPages pages,
      FrameworkSettings settings) {
    this.access = access;
    this.people = people;
    this.assessments = assessments;
    this.evidence = evidence;
    this.checkIns = checkIns;
    this.pages = pages;
    this.settings = settings;
  }

  @GetMapping({"/people/{id}/promotion/{level:\\d+}", "/people/{id}/promotion/{level:\\d+}/"})
  public ResponseEntity<String> page(
      @PathVariable long id,
      @PathVariable int level,
      Authentication authentication,
      HttpServletRequest request) {
    Person viewer = access.viewer(authentication);
    String url = "/people/" + id + "/promotion/" + level + "/";
    Optional<PromotionCase> promotion = promotionCase(viewer, id, level);
    if (promotion.isEmpty()) {
      return notFound(url, id, level);
    }
    PromotionCase found = promotion.get();
    var chrome =
        pages.chrome(
            found.person().name() + ": case for level " + level,
            url,
            PersonViewer.of(viewer),
            request);
    String base = "/people/" + id + "/promotion/" + level;
    return pages.render(
        "promotion/case.jte",
        new PromotionPages.CasePage(
            chrome,
            found,
            chrome.links().to("/people/" + id + "/"),
            chrome.links().to(base + ".md"),
            chrome.links().to(base + ".pdf")),
        HttpStatus.OK);
  }

  @GetMapping("/people/{id}/promotion/{level:\\d+}.md")
  public ResponseEntity<String> markdown(
      @PathVariable long id, @PathVariable int level, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Optional<PromotionCase> promotion = promotionCase(viewer, id, level);
    if (promotion.isEmpty()) {
      return notFound("/people/" + id + "/promotion/" + level + ".md", id, level);
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MARKDOWN)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(promotion.get().fileName("md"))
                .build()
                .toString())
        .body(PromotionMarkdown.of(promotion.get()));
  }

  @GetMapping("/people/{id}/promotion/{level:\\d+}.pdf")
  public ResponseEntity<?> pdf(
      @PathVariable long id, @PathVariable int level, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    Optional<PromotionCase> promotion = promotionCase(viewer, id, level);
    if (promotion.isEmpty()) {
      return notFound("/people/" + id + "/promotion/" + level + ".pdf", id, level);
    }
    byte[] pdf =
        PdfDocuments.pdf(
            "promotion/case-pdf.jte",
            new PromotionPages.CasePdf(settings.siteName(), promotion.get(), LocalDate.now()));
    return pdf(pdf, promotion.get().fileName("pdf"));
  }

  @GetMapping("/people/{id}/one-pager.pdf")
  public ResponseEntity<?> onePager(@PathVariable long id, Authentication authentication) {
    Person viewer = access.viewer(authentication);
    String url = "/people/" + id + "/one-pager.pdf";
    Person person = access.require(viewer, id);
    Optional<Framework> framework = people.frameworkOf(person);
    Optional<Standing> standing = assessments.standing(person);
    if (framework.isEmpty() || standing.isEmpty()) {
      return pages.notFound(
          url, person.name() + " has no framework and level yet, so there is no one-pager.");
    }
    Optional<CheckIn> lastAgreed =
        checkIns.history(person).stream().filter(c -> !c.isOpen()).findFirst();
    Map<String, Criterion> criteria = framework.get().criteriaById();
    List<Criterion> focus =
        lastAgreed.map(CheckIn::focus).orElse(List.of()).stream()
            .map(criteria::get)
            .filter(java.util.Objects::nonNull)
            .toList();
    byte[] pdf =
        PdfDocuments.pdf(
            "promotion/one-pager-pdf.jte",
            new PromotionPages.OnePager(
                settings.siteName(),
                person,
                framework.get(),
                standing.get(),
                standing.get().target(),
                focus,
                lastAgreed
                    .map(CheckIn::agreedAt)
                    .map(java.time.OffsetDateTime::toLocalDate)
                    .orElse(null),
                evidence.recent(person, 5),
                LocalDate.now()));
    return pdf(pdf, "progression-" + PromotionCase.slug(person.name()) + ".pdf");
  }

  /** The case, if the viewer may see the person and the level is one of their framework's. */
  private Optional<PromotionCase> promotionCase(Person viewer, long id, int level) {
    Person person = access.require(viewer, id);
    Optional<Framework> framework = people.frameworkOf(person);
    if (framework.isEmpty() || !framework.get().hasLevel(level)) {
      return Optional.empty();
    }
    return Optional.of(
        PromotionCase.assemble(
            person,
            framework.get(),
            assessments.standing(person).orElse(null),
            level,
            assessments.of(person),
            evidence.recent(person, MAX_EVIDENCE)));
  }

  private ResponseEntity<String> notFound(String url, long id, int level) {
    return pages.notFound(
        url,
        "There is no person "
            + id
            + " that you can see with a level "
            + level
            + " in their framework.");
  }

  private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName).build().toString())
        .body(pdf);
  }
}
