package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defect 16: what the validator tells someone editing a framework. YAML mistakes are said
 * in plain words at the line to change, a misspelt field is an error that names the field meant and
 * keeps what is under it, and the same criterion twice is flagged.
 */
class ValidatorWordingTests {

  private static final String FRAMEWORK =
      """
      ---
      path: "/engineering/backend"
      title: "Backend"
      yaml: true
      levels: 3
      topics:
        - name: "mastery"
          title: "Mastery"
          content:
            - level: 1
              criteria:
                - "Writes tests"
                - "Designs systems"
      ---
      """;

  @Test
  void aMisspeltCriteriaIsAnErrorThatSuggestsTheFieldAndKeepsItsCriteria() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(FRAMEWORK.replace("criteria:", "criterias:"), "backend.md");

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.MISSPELT_FIELD);
              assertThat(problem.severity()).isEqualTo(Severity.ERROR);
              assertThat(problem.line()).isEqualTo(11);
              assertThat(problem.message()).contains("'criterias'", "did you mean 'criteria'?");
            });
    List<WrittenCriterion> criteria =
        parsed.document().orElseThrow().topics().get(0).content().get(0).criteria();
    assertThat(criteria)
        .extracting(WrittenCriterion::text)
        .containsExactly("Writes tests", "Designs systems");
  }

  @Test
  void aFieldWrittenCorrectlyBesideItsMisspellingIsOnlyUnknown() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(
            FRAMEWORK.replace("title: \"Backend\"", "title: \"Backend\"\ntitel: \"Other\""),
            "backend.md");

    assertThat(parsed.problems())
        .singleElement()
        .extracting(Problem::code)
        .isEqualTo(ProblemCode.UNKNOWN_FIELD);
  }

  @Test
  void theSameCriterionTwiceAtALevelIsFlaggedAtTheSecond() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(
            FRAMEWORK.replace("- \"Designs systems\"", "- \"Writes tests\""), "backend.md");

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_CRITERION);
              assertThat(problem.line()).isEqualTo(13);
              assertThat(problem.message()).contains("same as the one at line 12");
            });
  }

  @Test
  void aLineWithoutAColonIsReportedInPlainWordsAtThatLine() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(
            FRAMEWORK.replace("title: \"Backend\"", "title \"Backend\"\nsidebarGroup: x"),
            "backend.md");

    Problem problem = parsed.problems().get(0);
    assertThat(problem.code()).isEqualTo(ProblemCode.YAML_SYNTAX);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).startsWith("this line has no ':' after a field name");
  }

  @Test
  void aColonInsideAValueIsExplained() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(
            FRAMEWORK.replace("title: \"Backend\"", "title: Backend: the team"), "backend.md");

    Problem problem = parsed.problems().get(0);
    assertThat(problem.code()).isEqualTo(ProblemCode.YAML_SYNTAX);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).contains("put the whole value in quotes");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(
            FRAMEWORK.replace("\"Writes tests\"", "\"Writes tests"), "backend.md");

    Problem problem = parsed.problems().get(0);
    assertThat(problem.code()).isEqualTo(ProblemCode.YAML_SYNTAX);
    assertThat(problem.line()).isEqualTo(12);
    assertThat(problem.message()).doesNotContain("while scanning", "<block");
  }
}
