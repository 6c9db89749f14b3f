package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

  @Test
  void prefixesCellsASpreadsheetWouldRunAsFormulas() {
    assertThat(CsvCells.safe("=HYPERLINK(\"http://evil.example\",\"x\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
    assertThat(CsvCells.safe("+1+1")).isEqualTo("'+1+1");
    assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
    assertThat(CsvCells.safe("\0=1")).isEqualTo("'\0=1");
  }

  @Test
  void leavesOtherCellsAsTheyAre() {
    assertThat(CsvCells.safe("Ann Lee")).isEqualTo("Ann Lee");
    assertThat(CsvCells.safe("ann@example.com")).isEqualTo("ann@example.com");
    assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.safe(" =1")).isEqualTo(" =1");
    assertThat(CsvCells.safe("'quoted")).isEqualTo("'quoted");
  }

  @Test
  void writesNothingForAMissingValue() {
    assertThat(CsvCells.safe(null)).isEmpty();
    assertThat(CsvCells.safe("")).isEmpty();
  }
}
