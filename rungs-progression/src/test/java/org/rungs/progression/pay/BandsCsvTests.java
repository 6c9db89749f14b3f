package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rungs.progression.ImportProblem;

class BandsCsvTests {

  static final Map<String, Integer> FRAMEWORKS = Map.of("/eng/backend", 4);

  @Test
  void readsBandsAndWritesThemBack() {
    String csv =
        "framework,level,zone,currency,min,max,effective_from\r\n"
            + "/eng/*,2,,GBP,45000,60000,2025-01-01\r\n"
            + "/eng/backend,3,\"north west\",GBP,\"62,000\",80000.50,2026-01-01\r\n";
    BandsCsv.Result result = BandsCsv.read(csv, FRAMEWORKS);

    assertThat(result.problems()).isEmpty();
    assertThat(result.bands()).hasSize(2);
    String written = BandsCsv.write(SalaryBands.of(result.bands()));
    assertThat(written)
        .isEqualTo(
            "framework,level,zone,currency,min,max,effective_from\r\n"
                + "/eng/*,2,,GBP,45000,60000,2025-01-01\r\n"
                + "/eng/backend,3,\"north west\",GBP,62000,80000.50,2026-01-01\r\n");
    assertThat(BandsCsv.read(written, FRAMEWORKS).bands()).isEqualTo(result.bands());
  }

  @Test
  void reportsEveryBadRowAtItsLine() {
    String csv =
        "framework,level,currency,min,max,effective_from\n"
            + "/eng/backend,7,GBP,45000,60000,2025-01-01\n"
            + "/eng/nope,2,GBP,45000,60000,2025-01-01\n"
            + "/eng/backend,2,QQQ,£45000,60000,01/01/2025\n"
            + "/eng/backend,2,GBP,45000,60000,2025-01-01\n"
            + "/eng/backend,2,GBP,46000,61000,2025-01-01\n"
            + "/eng/backend,3,GBP,70000,60000,2025-01-01\n";
    BandsCsv.Result result = BandsCsv.read(csv, FRAMEWORKS);

    assertThat(result.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 2 (level): error: level 7 but /eng/backend has 4 levels",
            "line 3 (framework): error: unknown framework \"/eng/nope\"",
            "line 4 (currency): error: currency \"QQQ\" is not an ISO 4217 code such as GBP or EUR",
            "line 4 (min): error: min \"£45000\" is not an amount such as 52000 or 52,000.50",
            "line 4 (effective_from): error: effective_from \"01/01/2025\" is not a date written"
                + " yyyy-mm-dd",
            "line 6 (effective_from): error: two bands for /eng/backend level 2 zone * take effect"
                + " on 2025-01-01: £45,000–£60,000 and £46,000–£61,000; give the later one its own"
                + " date (line 5)",
            "line 7: error: band minimum 70000 is not below its maximum 60000");
    assertThat(result.bands()).hasSize(1);
  }

  @Test
  void reportsAHeaderWithoutARequiredColumn() {
    BandsCsv.Result result = BandsCsv.read("framework,level,min\n/eng/*,2,1\n", FRAMEWORKS);
    assertThat(result.problems())
        .extracting(ImportProblem::toString)
        .containsExactly("line 1: error: the header lacks currency, effective_from, max");
  }

  @Test
  void anUnreadableHeaderIsReportedInWordsNotWithTheParsersException() {
    // Found by MalformedInputCrawlTests: the page showed the CSV library's exception and package.
    BandsCsv.Result result = BandsCsv.read("\"unterminated,=cmd|' /C calc'!A0\n\r", FRAMEWORKS);

    assertThat(result.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 1: error: the header cannot be read: a quoted name is never closed or has text"
                + " after its closing quote");
  }
}
