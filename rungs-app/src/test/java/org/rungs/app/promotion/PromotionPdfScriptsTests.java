package org.rungs.app.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Frameworks;
import org.rungs.progression.Role;
import org.rungs.progression.Standings;
import org.rungs.progression.SubLevelThresholds;

/**
 * The PDFs print people's names and notes in their own scripts, with fonts embedded in the
 * document, instead of the "#" the PDF standard fonts print for anything beyond Latin-1.
 */
class PromotionPdfScriptsTests {

  private static final Framework BACKEND =
      Frameworks.load(Path.of("..", "frameworks")).find("/engineering/backend").orElseThrow();

  private static final String POLISH = "Zoë Łukasiewicz";
  private static final String GREEK = "Παρουσίαση του σχεδίου στην ομάδα";
  private static final String CYRILLIC = "Ана провела ретроспективу";
  private static final String PUNCTUATION = "“Ship it” – said twice… ©";

  /** Where the tests leave page pictures, for a person to look at. */
  private static final Path PICTURES = Path.of("target", "pdf-pictures");

  private static Criterion firstCriterionAt(int level) {
    return BACKEND.topics().stream().flatMap(t -> t.criteriaAt(level).stream()).findFirst().get();
  }

  private static Person person(String name) {
    return new Person(
        9,
        "zoe@example.com",
        name,
        null,
        "/engineering/backend",
        2,
        LocalDate.of(2023, 5, 2),
        3,
        Role.MEMBER,
        List.of(),
        1);
  }

  private static Evidence note(long id, String note) {
    return new Evidence(id, 9, note, null, LocalDate.of(2024, 3, (int) id), List.of(), 9L);
  }

  private static String onePager(String name, String... notes) {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < notes.length; i++) {
      evidence.add(note(i + 1, notes[i]));
    }
    return PdfDocuments.xhtml(
        "promotion/one-pager-pdf.jte",
        new PromotionPages.OnePager(
            "Rungs",
            person(name),
            BACKEND,
            Standings.of(BACKEND, 2, Map.of(), 3, SubLevelThresholds.QUARTILES),
            3,
            List.of(),
            null,
            evidence,
            LocalDate.of(2024, 4, 1)));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The names of the fonts of every page, each checked to be embedded in the document. */
  private static List<String> embeddedFonts(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName key : resources.getFontNames()) {
          PDFont font = resources.getFont(key);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          names.add(font.getName());
        }
      }
    }
    return names;
  }

  /** Page 1 as a PNG under target/, to look at. */
  private static void picture(byte[] pdf, String name) throws IOException {
    Files.createDirectories(PICTURES);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var image = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
      ImageIO.write(image, "png", PICTURES.resolve(name).toFile());
    }
  }

  @Test
  void polishGreekAndCyrillicPrintWithTheBundledFontsAlone() throws Exception {
    byte[] pdf =
        PdfDocuments.pdf(onePager(POLISH, GREEK, CYRILLIC, PUNCTUATION), PrintFonts.bundled());
    picture(pdf, "one-pager-scripts.png");
    String text = text(pdf);
    assertThat(text)
        .contains(POLISH)
        .contains(GREEK)
        .contains(CYRILLIC)
        .contains(PUNCTUATION)
        .doesNotContain("#");
  }

  @Test
  void theFontsAreEmbeddedAsSubsetsSoDocumentsStaySmall() throws Exception {
    byte[] pdf =
        PdfDocuments.pdf(onePager(POLISH, GREEK, CYRILLIC, PUNCTUATION), PrintFonts.bundled());
    List<String> fonts = embeddedFonts(pdf);
    // A subset's name starts with a tag of six capitals and a plus sign.
    assertThat(fonts)
        .isNotEmpty()
        .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVu.*"), "a subset of DejaVu")
        .anyMatch(name -> name.endsWith("+DejaVuSans"))
        .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
    // The whole of DejaVu Sans alone is over 700 kB.
    assertThat(pdf.length).isLessThan(100_000);
  }

  @Test
  void theCasePrintsTheSameScriptsAndItsPageNumbers() throws Exception {
    var promotion =
        PromotionCase.assemble(
            person(POLISH),
            BACKEND,
            null,
            3,
            List.of(),
            List.of(
                new Evidence(
                    1,
                    9,
                    GREEK + " / " + CYRILLIC,
                    null,
                    LocalDate.of(2024, 3, 1),
                    List.of(firstCriterionAt(3).id().value()),
                    9L)));
    byte[] pdf =
        PdfDocuments.pdf(
            PdfDocuments.xhtml(
                "promotion/case-pdf.jte",
                new PromotionPages.CasePdf("Rungs", promotion, LocalDate.of(2024, 4, 1))),
            PrintFonts.bundled());
    picture(pdf, "case-scripts.png");
    String text = text(pdf);
    assertThat(text)
        .contains(POLISH + ": case for level 3")
        .contains(GREEK + " / " + CYRILLIC)
        .contains("Page 1 of ")
        .doesNotContain("#");
    assertThat(embeddedFonts(pdf)).allMatch(name -> name.contains("+DejaVu"), "DejaVu");
  }

  @Test
  void pictographsTheFontsLackAreLeftOutAndTheirSymbolsKept() {
    PrintFonts fonts = PrintFonts.bundled();
    // The framework's icon, a gear with the emoji variation selector: the gear stays.
    assertThat(fonts.printable("⚙️ Backend")).isEqualTo("⚙ Backend");
    assertThat(fonts.printable("✓ done, ★ 5°, © Rungs")).isEqualTo("✓ done, ★ 5°, © Rungs");
    // Emoji no bundled font has, with a skin tone and joined sequences, go whole.
    assertThat(fonts.printable("Shipped 🚀👍🏽 👩‍💻!")).isEqualTo("Shipped  !");
    assertThat(fonts.printable(POLISH + " " + GREEK)).isEqualTo(POLISH + " " + GREEK);
  }

  @Test
  void chineseComesFromAFallbackFontOfTheSystemWhenItHasOne() throws Exception {
    PrintFonts fonts = PrintFonts.ofThisSystem();
    assumeTrue(fonts.prints('李'), "no CJK font of " + PrintFonts.FALLBACKS + " installed");
    String chinese = "李小龙";
    byte[] pdf = PdfDocuments.pdf(onePager(chinese, "完成了支付迁移", GREEK), fonts);
    picture(pdf, "one-pager-chinese.png");
    assertThat(text(pdf)).contains(chinese).contains("完成了支付迁移").contains(GREEK);
    assertThat(embeddedFonts(pdf))
        .anyMatch(name -> name.endsWith("+DejaVuSans"))
        .anyMatch(name -> !name.contains("DejaVu"));
  }

  @Test
  void fallbackFontsAreFoundByNameInTheFontFolders(@TempDir Path folder) throws Exception {
    Path nested = Files.createDirectories(folder.resolve("truetype").resolve("droid"));
    Files.writeString(nested.resolve("DroidSansFallbackFull.ttf"), "");
    Files.writeString(folder.resolve("wqy-microhei.ttc"), "");
    Files.writeString(folder.resolve("Unrelated.ttf"), "");
    assertThat(PrintFonts.findFallbacks(List.of(folder, folder.resolve("missing"))))
        .extracting(file -> file.getFileName().toString())
        .containsExactly("DroidSansFallbackFull.ttf", "wqy-microhei.ttc");
  }

  @Test
  void theFirstUsableFallbackFontOfEachKindIsUsed(@TempDir Path folder) throws Exception {
    // Stand-ins with the fallbacks' names: DejaVu's own file, and an empty one.
    byte[] font;
    try (var in = PrintFonts.BUNDLED.get(0).open()) {
      font = in.readAllBytes();
    }
    Path broken = Files.write(folder.resolve("DroidSansFallbackFull.ttf"), new byte[0]);
    Path cjk = Files.write(folder.resolve("DroidSansFallback.ttf"), font);
    Path secondCjk = Files.write(folder.resolve("uming.ttc"), font);
    Path pictographs = Files.write(folder.resolve("Symbola.ttf"), font);
    PrintFonts fonts = PrintFonts.withFallbacks(List.of(broken, cjk, secondCjk, pictographs));
    assertThat(fonts.fallbacks()).containsExactly(cjk, pictographs);
  }
}
