package org.rungs.progression.frameworkimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.Frameworks;
import org.rungs.framework.Topic;

class FrameworkImportTests {

  /** A workbook whose first sheet holds {@code rows}; {@code null} cells are left empty. */
  static byte[] xlsx(String sheetName, String[]... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The Monzo-format file of an import, read back: it must read without a problem. */
  static Framework framework(FrameworkImport.Imported imported) {
    String markdown = imported.draft().orElseThrow().toMarkdown("/engineering", "Engineering");
    FrameworkParser.Parsed parsed = FrameworkParser.parse(markdown, "engineering.md");
    assertThat(parsed.problems()).isEmpty();
    return Frameworks.resolve(List.of("engineering.md"), List.of(parsed), List.of())
        .frameworks()
        .get(0);
  }

  static List<String> texts(Topic topic, int level) {
    return topic.criteriaAt(level).stream().map(Criterion::text).toList();
  }

  @Test
  void readsLevelsAsColumnsAndTopicsAsRows() throws IOException {
    byte[] workbook =
        xlsx(
            "Ladder",
            new String[] {"Topic", "Junior", "Mid", "Senior"},
            new String[] {
              "Communication", "• Writes updates\n• Asks for help\ne.g. in standup", "Leads retros"
            },
            new String[] {null, "1. Pairs with others"},
            new String[] {"Delivery", "Ships small changes", null, "Plans a quarter", "Stray"});

    FrameworkImport.Imported imported = FrameworkImport.read(workbook, "ladder.xlsx", null);

    assertThat(imported.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "ladder.xlsx:Ladder!E4: error: no level heading above this cell; left out");
    Framework framework = framework(imported);
    assertThat(framework.levels()).isEqualTo(3);
    Topic communication = framework.topics().get(0);
    assertThat(communication.title()).isEqualTo("Communication");
    assertThat(texts(communication, 1))
        .containsExactly("Writes updates", "Pairs with others", "Asks for help");
    assertThat(communication.criteriaAt(1).get(2).examples()).containsExactly("in standup");
    assertThat(texts(communication, 2)).containsExactly("Leads retros");
    assertThat(texts(framework.topics().get(1), 3)).containsExactly("Plans a quarter");
    assertThat(framework.body()).contains("| 1 | Junior |", "| 3 | Senior |");
  }

  @Test
  void readsOneRowPerCriterionWithLevelAndTopicColumns() {
    String csv =
        """
        Topic,Level,Criterion,Examples
        Communication,1,Writes updates,"Standup notes
        Weekly email"
        ,2,Leads retros,
        Delivery,L3,Plans a quarter,
        Delivery,3,,
        """;

    FrameworkImport.Imported imported =
        FrameworkImport.read(csv.getBytes(StandardCharsets.UTF_8), "ladder.csv", null);

    assertThat(imported.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("ladder.csv:6:3: error: no criterion in this row; left out");
    Framework framework = framework(imported);
    assertThat(framework.levels()).isEqualTo(3);
    assertThat(framework.topics().get(0).criteriaAt(1).get(0).examples())
        .containsExactly("Standup notes", "Weekly email");
    assertThat(texts(framework.topics().get(0), 2)).containsExactly("Leads retros");
    assertThat(texts(framework.topics().get(1), 3)).containsExactly("Plans a quarter");
    assertThat(framework.body()).doesNotContain("| Level |");
  }

  @Test
  void namedLevelsAreNumberedInTheOrderTheyAreMet() {
    String csv = "Area,Grade,Behaviour\nCraft,Junior,Writes tests\nCraft,Senior,Designs systems\n";

    Framework framework =
        framework(FrameworkImport.read(csv.getBytes(StandardCharsets.UTF_8), "g.csv", null));

    assertThat(texts(framework.topics().get(0), 2)).containsExactly("Designs systems");
    assertThat(framework.body()).contains("| 2 | Senior |");
  }

  @Test
  void readsTheFinancialTimesCompetencies() {
    String yaml =
        """
        # Junior to Mid, Technical
        - id: a1
          summary: Uses version control
          examples:
            - "Branches, commits, rebases"
          description: null
          level: junior-to-mid
          area: technical
          domain: null

        - id: a2
          summary: Writes tests for features
          examples: []
          level: junior-to-mid
          area: technical

        - id: b1
          summary: Leads on fixing production issues
          examples: []
          level: mid-to-senior1
          area: delivery

        - id: b2
          summary: Has no area
          level: mid-to-senior1
        """;

    FrameworkImport.Imported imported =
        FrameworkImport.read(yaml.getBytes(StandardCharsets.UTF_8), "competencies.yml", null);

    assertThat(imported.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("competencies.yml:23:3: error: competency without area; left out");
    Framework framework = framework(imported);
    assertThat(framework.levels()).isEqualTo(2);
    Topic technical = framework.topics().get(0);
    assertThat(technical.name()).isEqualTo("technical");
    assertThat(technical.title()).isEqualTo("Technical");
    assertThat(texts(technical, 1))
        .containsExactly("Writes tests for features", "Uses version control");
    assertThat(technical.criteriaAt(1).get(1).examples())
        .containsExactly("Branches, commits, rebases");
    assertThat(texts(framework.topics().get(1), 2))
        .containsExactly("Leads on fixing production issues");
    assertThat(framework.body()).contains("| 1 | junior-to-mid |");
  }

  @Test
  void saysWhatItCannotRead() {
    assertThat(FrameworkImport.read(new byte[] {1, 2}, "ladder.pdf", null).problems())
        .extracting(ImportProblem::toString)
        .containsExactly("ladder.pdf: error: cannot import .pdf: use .xlsx, .csv or .yml");
    FrameworkImport.Imported broken = FrameworkImport.read(new byte[] {1, 2}, "ladder.xlsx", null);
    assertThat(broken.draft()).isEmpty();
    assertThat(broken.problems())
        .singleElement()
        .asString()
        .startsWith("ladder.xlsx: error: cannot read");
  }
}
