package org.rungs.app.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.testing.CommandRun;

class ImportFrameworkCommandTests {

  @TempDir Path folder;

  private Path workbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Sheet1");
      String[][] rows = {
        {"Topic", "Associate", "Engineer", "Senior"},
        {"Craft", "- Writes tests\n- Reviews code", "Designs modules", "Designs systems"},
        {"Impact", "Ships small changes", null, "Leads projects", "Stray"}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      workbook.write(bytes);
      Path file = folder.resolve("engineering-ladder.xlsx");
      Files.write(file, bytes.toByteArray());
      return file;
    }
  }

  @Test
  void importsACsvIntoAFrameworkThatValidatesAndBuilds() throws IOException {
    Path csv = folder.resolve("ladder.csv");
    Files.writeString(
        csv,
        "Topic,Level,Criterion,Examples\nCraft,1,Writes tests,Unit tests\nCraft,2,Designs modules,\n");
    Path out = folder.resolve("frameworks");

    CommandRun run =
        CommandRun.of(
            "import-framework",
            csv.toString(),
            "--out",
            out.toString(),
            "--path",
            "/engineering/backend",
            "--title",
            "Backend");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("read 2 criteria at 2 levels")
        .contains("wrote " + out.resolve("backend.md"));
    assertThat(out.resolve("backend.md"))
        .content()
        .contains("path: \"/engineering/backend\"", "sidebarGroup: \"engineering\"");
    assertThat(CommandRun.of("validate", out.toString()).exitCode()).isZero();
    Path site = folder.resolve("site");
    assertThat(CommandRun.of("build", out.toString(), "--out", site.toString()).exitCode())
        .isZero();
    assertThat(site.resolve("engineering/backend/index.html")).content().contains("Backend");
  }

  @Test
  void printsCellsItCannotPlaceAndExitsOne() throws IOException {
    Path out = folder.resolve("out");

    CommandRun run =
        CommandRun.of("import-framework", workbook().toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(workbook() + ":Sheet1!E3: error: no level heading above this cell; left out\n");
    assertThat(out.resolve("engineering-ladder.md"))
        .content()
        .contains("title: \"Engineering ladder\"", "- \"Reviews code\"");
  }

  @Test
  void refusesToOverwriteWithoutForceAndExplainsItselfInHelp() throws IOException {
    Path out = Files.createDirectories(folder.resolve("out"));
    Files.writeString(out.resolve("engineering-ladder.md"), "mine");

    CommandRun run =
        CommandRun.of("import-framework", workbook().toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exists: use --force");
    assertThat(out.resolve("engineering-ladder.md")).hasContent("mine");
    assertThat(CommandRun.of("import-framework", "--help").out())
        .contains("Exit status: 0 imported, 1 imported with cells left out");
  }
}
