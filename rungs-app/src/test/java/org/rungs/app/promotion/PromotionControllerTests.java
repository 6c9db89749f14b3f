package org.rungs.app.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rungs.app.RungsApplication;
import org.rungs.app.assessments.AssessmentRows;
import org.rungs.app.evidence.EvidenceRows;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.Accounts;
import org.rungs.app.people.PersonRows;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;
import org.rungs.progression.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The promotion case (page, Markdown, PDF) and the one-pager through real HTTP: what they show, and
 * who may see them.
 */
@SpringBootTest(
    classes = RungsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionControllerTests {

  private static final String HOSTILE = "<script>alert(1)</script>";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url =
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    registry.add("spring.datasource.url", () -> url);
  }

  @LocalServerPort int port;
  PersonRows people;

  @Autowired
  void personRows(JdbcClient jdbc) {
    people = new PersonRows(jdbc);
  }

  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired FrameworkLibrary frameworks;

  private final HttpClient http = HttpClient.newHttpClient();

  long lead;
  long dev;
  String leadToken;
  String devToken;
  String outsiderToken;
  String adminToken;
  List<Criterion> level3;

  @BeforeAll
  void organisation() {
    Framework backend = frameworks.current().set().find("/engineering/backend").orElseThrow();
    level3 = backend.topics().stream().flatMap(t -> t.criteriaAt(3).stream()).toList();
    lead = add("lead@example.com", "Lee Lead", null, 4, Role.MEMBER);
    dev = add("dev@example.com", "Dee Dev", lead, 2, Role.MEMBER);
    long other = add("other@example.com", "Otto Other", null, 4, Role.MEMBER);
    long outsider = add("outsider@example.com", "Oona Outsider", other, 2, Role.MEMBER);
    long admin = add("people@example.com", "Pat People", null, null, Role.ADMIN);
    leadToken = token(lead);
    devToken = token(dev);
    outsiderToken = token(other);
    adminToken = token(admin);
    assertThat(outsider).isPositive();

    Criterion shown = level3.get(0);
    Criterion agreedOnly = level3.get(1);
    Criterion evidenceOnly = level3.get(2);
    agree(shown, AssessmentStatus.DEMONSTRATED);
    agree(agreedOnly, AssessmentStatus.DEMONSTRATED);
    agree(evidenceOnly, AssessmentStatus.WORKING_TOWARDS);
    new EvidenceRows(jdbc)
        .insert(
            dev,
            "Led the payments migration " + HOSTILE,
            "https://example.com/migration",
            LocalDate.of(2024, 3, 1),
            List.of(shown.id().value()),
            dev);
    new EvidenceRows(jdbc)
        .insert(
            dev,
            "First design review",
            null,
            LocalDate.of(2024, 2, 1),
            List.of(evidenceOnly.id().value()),
            lead);
  }

  private long add(String email, String name, Long manager, Integer level, Role role) {
    return people.insert(
        new PersonRows.NewPerson(
            email,
            name,
            manager,
            level == null ? null : "/engineering/backend",
            level,
            null,
            role,
            List.of(),
            null));
  }

  private String token(long id) {
    return accounts.newToken(people.findById(id).orElseThrow());
  }

  private void agree(Criterion criterion, AssessmentStatus status) {
    new AssessmentRows(jdbc)
        .write(
            dev,
            "/engineering/backend",
            criterion.id().value(),
            criterion.text(),
            AssessmentView.AGREED,
            status,
            null,
            0,
            lead);
  }

  private HttpResponse<byte[]> get(String path, String token)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** Keeps a copy of a document to look at, when run with {@code -Dpromotion.samples=FOLDER}. */
  private static void keep(String name, byte[] bytes) throws IOException {
    String folder = System.getProperty("promotion.samples");
    if (folder != null) {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
      java.nio.file.Files.write(java.nio.file.Path.of(folder, name), bytes);
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The words of a criterion as they show in text: Markdown marks left out. */
  private static String words(Criterion criterion) {
    String text = criterion.text().replaceAll("[*_`]", "");
    return text.length() > 30 ? text.substring(0, 30) : text;
  }

  @Test
  void thePageListsEveryCriterionWithItsEvidenceAndMarksGaps() throws Exception {
    HttpResponse<byte[]> response = get("/people/" + dev + "/promotion/3/", devToken);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    String page = text(response);
    assertThat(page).contains("Dee Dev").contains("Case for level 3").contains("Backend");
    for (Criterion criterion : level3) {
      assertThat(page).contains("id=\"" + criterion.id().value() + "\"");
    }
    // The evidence shows under its criterion, and only there.
    String shown = section(page, level3.get(0));
    assertThat(shown).contains("Led the payments migration").contains("2024-03-01");
    assertThat(shown).doesNotContain("Gap:");
    assertThat(section(page, level3.get(1)))
        .contains("Gap: " + PromotionCase.NO_EVIDENCE)
        .doesNotContain("Led the payments migration");
    assertThat(section(page, level3.get(2)))
        .contains("First design review")
        .contains("Gap: " + PromotionCase.NOT_AGREED);
    assertThat(section(page, level3.get(3)))
        .contains(PromotionCase.NOT_AGREED + "; " + PromotionCase.NO_EVIDENCE);
    int total = level3.size();
    assertThat(page)
        .contains(
            "1 of " + total + " criteria demonstrated with evidence; " + (total - 1) + " gaps");
    assertThat(page).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(page)
        .containsPattern("href=\"[./]*3\\.md\"")
        .containsPattern("href=\"[./]*3\\.pdf\"");
  }

  /** The part of the page about one criterion: up to the next criterion or topic. */
  private static String section(String page, Criterion criterion) {
    int start = page.indexOf("id=\"" + criterion.id().value() + "\"");
    assertThat(start).isPositive();
    int next = page.indexOf("class=\"assess-row\"", start);
    int topicEnd = page.indexOf("</section>", start);
    int stop = next < 0 ? topicEnd : Math.min(next, topicEnd);
    return page.substring(start, stop);
  }

  @Test
  void markdownHasTheSameCase() throws Exception {
    HttpResponse<byte[]> response = get("/people/" + dev + "/promotion/3.md", leadToken);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringCase("text/markdown;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("promotion-case-dee-dev-level-3.md");
    keep("case.md", response.body());
    String markdown = text(response);
    assertThat(markdown).startsWith("# Dee Dev: case for level 3");
    for (Criterion criterion : level3) {
      assertThat(markdown).contains(criterion.text().strip().replaceAll("\\s*\\R\\s*", " "));
    }
    assertThat(markdown)
        .contains("Led the payments migration \\<script\\>alert(1)\\</script\\>")
        .doesNotContain(HOSTILE)
        .contains("<https://example.com/migration>")
        .contains("- **Gap:** " + PromotionCase.NO_EVIDENCE)
        .contains("- **Gap:** " + PromotionCase.NOT_AGREED);
  }

  @Test
  void pdfHasTheCase() throws Exception {
    HttpResponse<byte[]> response = get("/people/" + dev + "/promotion/3.pdf", adminToken);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/pdf");
    keep("case.pdf", response.body());
    String text = pdfText(response.body()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Dee Dev")
        .contains("case for level 3")
        .contains(words(level3.get(0)).replaceAll("\\s+", " "))
        .contains("Led the payments migration " + HOSTILE)
        .contains(PromotionCase.NO_EVIDENCE);
  }

  @Test
  void pdfHtmlEscapesPeoplesText() {
    var promotion =
        PromotionCase.assemble(
            people.findById(dev).orElseThrow(),
            frameworks.current().set().find("/engineering/backend").orElseThrow(),
            null,
            3,
            List.of(),
            new EvidenceRows(jdbc).findByPerson(dev, 10));
    String xhtml =
        PdfDocuments.xhtml(
            "promotion/case-pdf.jte",
            new PromotionPages.CasePdf("Rungs", promotion, LocalDate.now()));
    assertThat(xhtml).doesNotContain(HOSTILE).contains("&lt;script&gt;");
  }

  @Test
  void onePager() throws Exception {
    HttpResponse<byte[]> response = get("/people/" + dev + "/one-pager.pdf", devToken);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/pdf");
    keep("one-pager.pdf", response.body());
    String text = pdfText(response.body()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Dee Dev")
        .containsIgnoringCase("Backend")
        .doesNotContain("#")
        .contains("2A")
        .contains("Level 2")
        .contains("Level 3")
        .contains("Led the payments migration")
        .contains("First design review");
  }

  @Test
  void managersUpTheLineAndAdminsSeeItOthersGet404() throws Exception {
    String[] paths = {
      "/people/" + dev + "/promotion/3/",
      "/people/" + dev + "/promotion/3.md",
      "/people/" + dev + "/promotion/3.pdf",
      "/people/" + dev + "/one-pager.pdf"
    };
    for (String path : paths) {
      assertThat(get(path, devToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, leadToken).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, adminToken).statusCode()).as(path).isEqualTo(200);
      HttpResponse<byte[]> refused = get(path, outsiderToken);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(text(refused)).doesNotContain("Dee Dev");
    }
    // Not the lead's report's manager: the dev cannot see their lead's case.
    assertThat(get("/people/" + lead + "/promotion/5/", devToken).statusCode()).isEqualTo(404);
  }

  @Test
  void levelsOutsideTheFrameworkAreNotFound() throws Exception {
    assertThat(get("/people/" + dev + "/promotion/0/", devToken).statusCode()).isEqualTo(404);
    assertThat(get("/people/" + dev + "/promotion/7/", devToken).statusCode()).isEqualTo(404);
    assertThat(get("/people/" + dev + "/promotion/7.md", devToken).statusCode()).isEqualTo(404);
    assertThat(get("/people/" + dev + "/promotion/6.pdf", devToken).statusCode()).isEqualTo(200);
  }

  @Test
  void signedOutIsNotServed() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/people/" + dev + "/promotion/3/"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isNotEqualTo(200);
  }
}
