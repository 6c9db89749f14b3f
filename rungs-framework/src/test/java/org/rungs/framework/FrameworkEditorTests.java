package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkEditorTests {

  private static final String FILE =
      """
      ---
      path: "/engineering/backend"
      title: "Backend" # the team's own
      yaml: true
      levels: 3
      topics:
        - name: "communication"
          title: "Communication"
          content:
            - level: 1
              criteria:
                - "Writes clear updates"
                - Asks for help early
              exampleCriteria:
                - criteria: "Runs a standup"
                  examples:
                    - "Weekly demo"
            - level: 2
              criteria:
                # the hard one
                - 'Explains trade-offs'
        - name: "delivery"
          content:
            - level: 1
              criteria: ["Ships small changes", "Writes tests"]
            - level: 3
              criteria:
                - >-
                  Plans a quarter
                  with the team
      ---
      Body text
      """;

  private static Framework read(String text) {
    return Frameworks.resolve(
            List.of("backend.md"), List.of(FrameworkParser.parse(text, "backend.md")), List.of())
        .frameworks()
        .get(0);
  }

  private static CriterionId id(String text) {
    return read(FILE)
        .criteria()
        .filter(criterion -> criterion.text().equals(text))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String edit(String text, FrameworkEdit edit) {
    FrameworkEditor.Edited edited = FrameworkEditor.apply(text, "backend.md", edit);
    assertThat(edited.problems()).isEmpty();
    assertThat(FrameworkParser.parse(edited.text(), "backend.md").problems()).isEmpty();
    return edited.text();
  }

  private static Criterion criterion(String text, CriterionId id) {
    return read(text).criteria().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void addsAnExampleBelowTheLastOne() {
    String edited = edit(FILE, new FrameworkEdit.AddExample(id("Runs a standup"), "Retro"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                "              - \"Weekly demo\"\n",
                "              - \"Weekly demo\"\n              - \"Retro\"\n"));
    assertThat(criterion(edited, id("Runs a standup")).examples())
        .containsExactly("Weekly demo", "Retro");
  }

  @Test
  void plainCriterionMovesToTheEndOfItsLevelsExampleCriteriaWithItsWording() {
    CriterionId asks = id("Asks for help early");

    String edited = edit(FILE, new FrameworkEdit.AddExample(asks, "Paired on the outage"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace("          - Asks for help early\n", "")
                .replace(
                    "              - \"Weekly demo\"\n",
                    """
                                  - "Weekly demo"
                              - criteria: Asks for help early
                                examples:
                                  - "Paired on the outage"
                    """));
    assertThat(read(edited).topics().get(0).criteriaAt(1))
        .extracting(Criterion::text)
        .containsExactly("Writes clear updates", "Runs a standup", "Asks for help early");
    assertThat(criterion(edited, asks).examples()).containsExactly("Paired on the outage");
  }

  @Test
  void onlyCriterionOfALevelBecomesAnExampleCriterionWhereItStands() {
    CriterionId tradeOffs = id("Explains trade-offs");

    String edited = edit(FILE, new FrameworkEdit.AddExample(tradeOffs, "Chose Postgres"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                """
                        criteria:
                          # the hard one
                          - 'Explains trade-offs'
                """,
                """
                        exampleCriteria:
                          # the hard one
                          - criteria: 'Explains trade-offs'
                            examples:
                              - "Chose Postgres"
                """));
    assertThat(criterion(edited, tradeOffs).examples()).containsExactly("Chose Postgres");
  }

  @Test
  void criterionOfAFlowListMovesOutOfIt() {
    CriterionId ships = id("Ships small changes");

    String edited = edit(FILE, new FrameworkEdit.AddExample(ships, "Daily deploys"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                "        criteria: [\"Ships small changes\", \"Writes tests\"]\n",
                """
                        criteria: ["Writes tests"]
                        exampleCriteria:
                          - criteria: "Ships small changes"
                            examples:
                              - "Daily deploys"
                """));
  }

  @Test
  void rewordKeepsTheQuotingStyleWhereItCan() {
    assertThat(
            edit(
                FILE,
                new FrameworkEdit.RewordCriterion(id("Writes clear updates"), "Writes notes")))
        .isEqualTo(FILE.replace("\"Writes clear updates\"", "\"Writes notes\""));
    assertThat(
            edit(FILE, new FrameworkEdit.RewordCriterion(id("Asks for help early"), "Asks early")))
        .isEqualTo(FILE.replace("- Asks for help early", "- Asks early"));
    assertThat(
            edit(
                FILE,
                new FrameworkEdit.RewordCriterion(
                    id("Explains trade-offs"), "Explains what's lost")))
        .isEqualTo(FILE.replace("'Explains trade-offs'", "'Explains what''s lost'"));
    assertThat(edit(FILE, new FrameworkEdit.RewordCriterion(id("Runs a standup"), "Runs retros")))
        .isEqualTo(FILE.replace("\"Runs a standup\"", "\"Runs retros\""));
    assertThat(edit(FILE, new FrameworkEdit.RewordCriterion(id("Writes tests"), "Writes specs")))
        .isEqualTo(FILE.replace("\"Writes tests\"", "\"Writes specs\""));
  }

  @Test
  void plainTextThatYamlWouldMisreadIsQuoted() {
    String tricky = "Owns it: \"all\" of it #1, \\ and\ttabs";

    String edited =
        edit(FILE, new FrameworkEdit.RewordCriterion(id("Asks for help early"), tricky));

    assertThat(edited).contains("          - \"Owns it: \\\"all\\\" of it #1, \\\\ and\\ttabs\"\n");
    assertThat(read(edited).criteria().map(Criterion::text)).contains(tricky);
  }

  @Test
  void blockScalarIsReplacedByAQuotedLine() {
    String edited =
        edit(
            FILE,
            new FrameworkEdit.RewordCriterion(
                id("Plans a quarter with the team"), "Plans a half year"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                """
                          - >-
                            Plans a quarter
                            with the team
                """,
                """
                          - "Plans a half year"
                """));
  }

  @Test
  void rewordingToTheSameWordsChangesNothing() {
    FrameworkEditor.Edited edited =
        FrameworkEditor.apply(
            FILE,
            "backend.md",
            new FrameworkEdit.RewordCriterion(
                id("Plans a quarter with the team"), "Plans a quarter with the team"));

    assertThat(edited.applied()).isTrue();
    assertThat(edited.text()).isEqualTo(FILE);
  }

  @Test
  void addsACriterionAfterTheLastOneOfItsLevel() {
    String edited =
        edit(FILE, new FrameworkEdit.AddCriterion("communication", 2, "Mentors a new joiner"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                "          - 'Explains trade-offs'\n",
                "          - 'Explains trade-offs'\n          - \"Mentors a new joiner\"\n"));
  }

  @Test
  void addsALevelThatATopicDidNotHaveInLevelOrder() {
    String edited = edit(FILE, new FrameworkEdit.AddCriterion("delivery", 2, "Splits epics"));

    assertThat(edited)
        .isEqualTo(
            FILE.replace(
                "        criteria: [\"Ships small changes\", \"Writes tests\"]\n",
                """
                        criteria: ["Ships small changes", "Writes tests"]
                      - level: 2
                        criteria:
                          - "Splits epics"
                """));
    assertThat(read(edited).topics().get(1).criteriaAt(2))
        .extracting(Criterion::text)
        .containsExactly("Splits epics");
  }

  @Test
  void addsToAFlowList() {
    assertThat(edit(FILE, new FrameworkEdit.AddCriterion("delivery", 1, "Reviews code")))
        .isEqualTo(FILE.replace("\"Writes tests\"]", "\"Writes tests\", \"Reviews code\"]"));
  }

  @Test
  void retitlesATopicAndTheFrameworkKeepingComments() {
    assertThat(edit(FILE, new FrameworkEdit.RetitleTopic("communication", "Talking")))
        .isEqualTo(FILE.replace("title: \"Communication\"", "title: \"Talking\""));
    assertThat(edit(FILE, new FrameworkEdit.RetitleTopic("delivery", "Shipping")))
        .isEqualTo(
            FILE.replace(
                "  - name: \"delivery\"\n", "  - name: \"delivery\"\n    title: \"Shipping\"\n"));
    assertThat(edit(FILE, new FrameworkEdit.RetitleFramework("Backend engineering")))
        .isEqualTo(
            FILE.replace(
                "title: \"Backend\" # the team's own",
                "title: \"Backend engineering\" # the team's own"));
  }

  @Test
  void crlfFilesStayCrlfAndBomStays() {
    byte[] bytes = ("\uFEFF" + FILE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

    FrameworkEditor.Edited edited =
        FrameworkEditor.apply(
            bytes,
            "backend.md",
            new FrameworkEdit.AddExample(id("Asks for help early"), "Paired on the outage"));

    String expected =
        edit(FILE, new FrameworkEdit.AddExample(id("Asks for help early"), "Paired on the outage"));
    assertThat(edited.problems()).isEmpty();
    assertThat(new String(edited.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF" + expected.replace("\n", "\r\n"));
  }

  @Test
  void refusesWhatItCannotDoWithALocatedProblemAndLeavesTheTextAlone() {
    FrameworkEditor.Edited unknown =
        FrameworkEditor.apply(
            FILE, "backend.md", new FrameworkEdit.AddExample(new CriterionId("nope"), "x"));
    FrameworkEditor.Edited aboveLevels =
        FrameworkEditor.apply(
            FILE, "backend.md", new FrameworkEdit.AddCriterion("delivery", 4, "x"));
    FrameworkEditor.Edited mojibake =
        FrameworkEditor.apply(
            FILE.replace("Writes clear updates", "Writes clearâ€™ updates"),
            "backend.md",
            new FrameworkEdit.RetitleFramework("x"));
    FrameworkEditor.Edited notUtf8 =
        FrameworkEditor.apply(
            FILE.replace("Body", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1),
            "backend.md",
            new FrameworkEdit.RetitleFramework("x"));

    assertThat(List.of(unknown, aboveLevels, mojibake, notUtf8))
        .allSatisfy(
            edited -> {
              assertThat(edited.applied()).isFalse();
              assertThat(edited.problems())
                  .singleElement()
                  .satisfies(
                      problem -> {
                        assertThat(problem.code()).isEqualTo(ProblemCode.EDIT_REFUSED);
                        assertThat(problem.toString()).startsWith("backend.md:");
                      });
            });
    assertThat(unknown.text()).isEqualTo(FILE);
    assertThat(mojibake.problems().get(0).line()).isEqualTo(12);
  }

  private static final String ODD =
      """
      ---
      path: "/engineering/web"
      title: "Web"
      yaml: true
      levels: 2
      topics:
        - name: "craft"
          content:
            - level: 1
              criteria:
                - id: "craft-tests"
                  text: "Writes tests"
              exampleCriteria:
                - "Plain example criterion"
            - level: 2
              criteria:
                - id: "craft-design"
                  text: "Designs modules"
                - "Reviews code"
      ---
      """;

  private static FrameworkEditor.Edited editOdd(FrameworkEdit edit) {
    FrameworkEditor.Edited edited = FrameworkEditor.apply(ODD, "web.md", edit);
    assertThat(edited.problems()).isEmpty();
    return edited;
  }

  @Test
  void explicitIdsTravelWithTheCriterion() {
    String moved =
        editOdd(new FrameworkEdit.AddExample(new CriterionId("craft-design"), "Split the monolith"))
            .text();
    String onlyOne =
        editOdd(new FrameworkEdit.AddExample(new CriterionId("craft-tests"), "Golden files"))
            .text();

    assertThat(moved)
        .isEqualTo(
            ODD.replace(
                """
                          - id: "craft-design"
                            text: "Designs modules"
                          - "Reviews code"
                """,
                """
                          - "Reviews code"
                        exampleCriteria:
                          - id: "craft-design"
                            criteria: "Designs modules"
                            examples:
                              - "Split the monolith"
                """));
    assertThat(onlyOne)
        .as("the level's only plain criterion leaves its emptied list behind")
        .isEqualTo(
            ODD.replace(
                """
                        criteria:
                          - id: "craft-tests"
                            text: "Writes tests"
                        exampleCriteria:
                          - "Plain example criterion"
                """,
                """
                        exampleCriteria:
                          - "Plain example criterion"
                          - id: "craft-tests"
                            criteria: "Writes tests"
                            examples:
                              - "Golden files"
                """));
  }

  @Test
  void anExampleCriterionWrittenAsPlainTextGetsItsExamplesWhereItStands() {
    Framework before = read(ODD);
    CriterionId plain =
        before
            .criteria()
            .filter(criterion -> criterion.text().equals("Plain example criterion"))
            .findFirst()
            .orElseThrow()
            .id();

    FrameworkEditor.Edited edited = editOdd(new FrameworkEdit.AddExample(plain, "One"));

    assertThat(edited.text())
        .isEqualTo(
            ODD.replace(
                "          - \"Plain example criterion\"\n",
                """
                          - criteria: "Plain example criterion"
                            examples:
                              - "One"
                """));
    assertThat(FrameworkParser.parse(edited.text(), "web.md").problems())
        .as("the warning about an example criterion without examples is gone")
        .isEmpty();
  }

  @Test
  void fillsAnEmptyTitleAndTurnsALonelyCriterionWithAnIdIntoAnExampleCriterion() {
    String file =
        """
        ---
        path: /ops
        title:
        yaml: true
        levels: 1
        topics:
          - name: "oncall"
            title:
            content:
              - level: 1
                criteria:
                  - id: oncall-rota
                    text: Joins the rota
        ---
        """;
    String titled =
        FrameworkEditor.apply(file, "ops.md", new FrameworkEdit.RetitleTopic("oncall", "On call"))
            .text();
    String framework =
        FrameworkEditor.apply(file, "ops.md", new FrameworkEdit.RetitleFramework("Operations"))
            .text();
    String example =
        FrameworkEditor.apply(
                file, "ops.md", new FrameworkEdit.AddExample(new CriterionId("oncall-rota"), "Q3"))
            .text();

    assertThat(titled).isEqualTo(file.replace("    title:\n", "    title: On call\n"));
    assertThat(framework).isEqualTo(file.replace("\ntitle:\n", "\ntitle: Operations\n"));
    assertThat(example)
        .isEqualTo(
            file.replace(
                """
                        criteria:
                          - id: oncall-rota
                            text: Joins the rota
                """,
                """
                        exampleCriteria:
                          - id: oncall-rota
                            criteria: Joins the rota
                            examples:
                              - "Q3"
                """));
  }
}
