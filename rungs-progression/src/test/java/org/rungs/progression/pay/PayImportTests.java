package org.rungs.progression.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rungs.progression.ImportProblem;

class PayImportTests {

  static final Set<String> PEOPLE = Set.of("ann@example.com", "bob@example.com");

  @Test
  void readsEachPersonsPayHistoryAndSex() {
    PayImport.Result result =
        PayImport.read(
            "\uFEFFEmail,Effective_From,Reason,Currency,Base_Salary,FTE,Variable_Pay,Zone,Sex\r\n"
                + "Ann@example.com,2025-01-06,hire,GBP,45000,1,,london,female\r\n"
                + "ann@example.com,2026-04-01,review,GBP,\"52,000\",0.8,3000,london,\r\n"
                + "bob@example.com,2025-02-01,hire,GBP,47000,,,,\r\n",
            PEOPLE);

    assertThat(result.problems()).isEmpty();
    assertThat(result.people()).hasSize(2);
    PayImport.PayRecord ann = result.people().get(0);
    assertThat(ann.email()).isEqualTo("ann@example.com");
    assertThat(ann.sex()).isEqualTo(Sex.FEMALE);
    PayChange now = ann.history().on(LocalDate.parse("2026-05-01")).orElseThrow();
    assertThat(now.baseSalary()).hasToString("£52,000");
    assertThat(now.actualBase()).hasToString("£41,600");
    assertThat(now.variablePay()).hasToString("£3,000");
    assertThat(result.people().get(1).sex()).isEqualTo(Sex.UNDISCLOSED);
  }

  @Test
  void reportsEveryBadRowAtItsLineAndColumn() {
    PayImport.Result result =
        PayImport.read(
            "email,effective_from,reason,currency,base_salary,fte,variable_pay,zone,gender\n"
                + "cat@example.com,2025-01-06,hire,GBP,45000,1,,,\n"
                + "ann@example.com,2025-01-06,bonus,GBP,45000,2,,,female\n"
                + "ann@example.com,2025-01-06,hire,GBP,-45000,1,,=cmd,female\n"
                + "ann@example.com,2025-03-01,hire,GBP,45000,1,,,yes\n"
                + "bob@example.com,2025-01-06,hire,GBP,45000,1,,,male\n"
                + "bob@example.com,2025-01-06,review,GBP,46000,1,,,male\n"
                + "bob@example.com,2025-06-01,review,GBP,46000,1,,,female\n",
            PEOPLE);

    assertThat(result.isClean()).isFalse();
    assertThat(result.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 2 (email): error: no one in Rungs has the email \"cat@example.com\"",
            "line 3 (reason): error: reason \"bonus\" is not one of hire, promotion, sub-level"
                + " move, review, market adjustment",
            "line 3 (fte): error: fte \"2\" is not a share of full time above 0 and at most 1.5,"
                + " such as 1 or 0.6",
            "line 4 (base_salary): error: base_salary \"-45000\" is not an amount such as 52000"
                + " or 52,000.50",
            "line 4 (zone): error: zone \"=cmd\" is not a zone name (letters, digits, spaces, -"
                + " and _, up to 40)",
            "line 5 (gender): error: gender \"yes\" is not one of female, male, other,"
                + " undisclosed (or empty)",
            "line 7 (effective_from): error: bob@example.com already has a pay change from"
                + " 2025-01-06 on line 6; one date, one change",
            "line 8 (gender): error: says female but line 6 says male for the same person");
  }
}
