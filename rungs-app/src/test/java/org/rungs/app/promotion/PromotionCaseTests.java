package org.rungs.app.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rungs.app.assessments.Assessment;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Frameworks;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Role;

/** Assembling a case, and its Markdown and PDF forms, without a database or a server. */
class PromotionCaseTests {

  private static final Framework BACKEND =
      Frameworks.load(Path.of("..", "frameworks")).find("/engineering/backend").orElseThrow();

  private final Person person =
      new Person(
          7,
          "ada@example.com",
          "Ada <b>Lovelace</b>",
          null,
          "/engineering/backend",
          2,
          null,
          3,
          Role.MEMBER,
          List.of(),
          1);

  private final List<Criterion> level3 =
      BACKEND.topics().stream().flatMap(t -> t.criteriaAt(3).stream()).toList();

  private Assessment agreed(Criterion criterion, AssessmentStatus status) {
    return new Assessment(
        7,
        "/engineering/backend",
        criterion.id().value(),
        criterion.text(),
        null,
        null,
        null,
        null,
        status,
        status == AssessmentStatus.NOT_APPLICABLE ? "no on-call here" : null,
        1);
  }

  private static Evidence evidence(long id, String note, LocalDate day, Criterion... criteria) {
    return new Evidence(
        id,
        7,
        note,
        "https://example.com/" + id,
        day,
        java.util.Arrays.stream(criteria).map(c -> c.id().value()).toList(),
        7L);
  }

  private PromotionCase sample() {
    Criterion shown = level3.get(0);
    Criterion agreedOnly = level3.get(1);
    Criterion evidenceOnly = level3.get(2);
    Criterion notApplicable = level3.get(3);
    return PromotionCase.assemble(
        person,
        BACKEND,
        null,
        3,
        List.of(
            agreed(shown, AssessmentStatus.DEMONSTRATED),
            agreed(agreedOnly, AssessmentStatus.DEMONSTRATED),
            agreed(evidenceOnly, AssessmentStatus.WORKING_TOWARDS),
            agreed(notApplicable, AssessmentStatus.NOT_APPLICABLE)),
        List.of(
            evidence(1, "Older *work*", LocalDate.of(2024, 1, 5), shown),
            evidence(2, "Newer work <script>alert(1)</script>", LocalDate.of(2024, 3, 1), shown),
            evidence(3, "Started on it", LocalDate.of(2024, 2, 1), evidenceOnly)));
  }

  @Test
  void everyCriterionOfTheLevelTopicByTopicWithItsEvidenceAndGaps() {
    PromotionCase promotion = sample();
    assertThat(promotion.criteria())
        .extracting(PromotionCase.CriterionCase::criterion)
        .containsExactlyElementsOf(level3);
    var byId = new java.util.HashMap<String, PromotionCase.CriterionCase>();
    promotion.criteria().forEach(c -> byId.put(c.id(), c));
    var shown = byId.get(level3.get(0).id().value());
    assertThat(shown.complete()).isTrue();
    assertThat(shown.missing()).isEmpty();
    assertThat(shown.evidence()).extracting(Evidence::id).containsExactly(2L, 1L);
    assertThat(byId.get(level3.get(1).id().value()).missing())
        .containsExactly(PromotionCase.NO_EVIDENCE);
    assertThat(byId.get(level3.get(2).id().value()).missing())
        .containsExactly(PromotionCase.NOT_AGREED);
    assertThat(byId.get(level3.get(3).id().value()).gap()).isFalse();
    assertThat(byId.get(level3.get(4).id().value()).missing())
        .containsExactly(PromotionCase.NOT_AGREED, PromotionCase.NO_EVIDENCE);
    int counted = level3.size() - 1;
    assertThat(promotion.summary())
        .isEqualTo(
            "1 of "
                + counted
                + " criteria demonstrated with evidence; "
                + (counted - 1)
                + " gaps (1 not applicable)");
  }

  @Test
  void onlyLevelsOfTheFramework() {
    assertThatThrownBy(() -> PromotionCase.assemble(person, BACKEND, null, 0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PromotionCase.assemble(
                    person, BACKEND, null, BACKEND.levels() + 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void markdownEscapesPeoplesText() {
    String markdown = PromotionMarkdown.of(sample());
    assertThat(markdown)
        .startsWith("# Ada \\<b\\>Lovelace\\</b\\>: case for level 3")
        .contains("\\<script\\>alert(1)\\</script\\>")
        .doesNotContain("<script>")
        .contains("Older \\*work\\*")
        .contains("<https://example.com/1>")
        .contains("- **Gap:** " + PromotionCase.NO_EVIDENCE)
        .contains("- **Gap:** " + PromotionCase.NOT_AGREED);
    assertThat(PromotionMarkdown.escape("a_b [c](d) `e` #f | g & h"))
        .isEqualTo("a\\_b \\[c\\](d) \\`e\\` \\#f \\| g \\& h");
  }

  @Test
  void safeFileNames() {
    assertThat(sample().fileName("md")).isEqualTo("promotion-case-ada-b-lovelace-b-level-3.md");
    assertThat(PromotionCase.slug("Zoë O'Brien/../x")).isEqualTo("zoe-o-brien-x");
    assertThat(PromotionCase.slug("李")).isEqualTo("person");
  }

  @Test
  void pdfFromWellFormedXhtml() throws Exception {
    var model = new PromotionPages.CasePdf("Rungs", sample(), LocalDate.of(2024, 4, 1));
    String xhtml = PdfDocuments.xhtml("promotion/case-pdf.jte", model);
    assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;");
    // Well-formed XML, as the PDF renderer needs.
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory
        .newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    byte[] pdf = PdfDocuments.pdf(xhtml);
    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Ada <b>Lovelace</b>").contains("<script>alert(1)</script>");
    }
  }

  @Test
  void everyBundledCriterionIsWellFormedInThePdf() throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    var set = Frameworks.load(Path.of("..", "frameworks"));
    for (Framework framework : set.frameworks()) {
      for (int level = 1; level <= framework.levels(); level++) {
        PromotionCase promotion =
            PromotionCase.assemble(person, framework, null, level, List.of(), List.of());
        String xhtml =
            PdfDocuments.xhtml(
                "promotion/case-pdf.jte",
                new PromotionPages.CasePdf("Rungs", promotion, LocalDate.of(2024, 4, 1)));
        factory
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }
}
