package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkParserTests {

  private static final String VALID =
      """
      ---
      path: "/engineering/backend"
      title: "⚙️ Backend"
      sidebarTitle: "⚙️ Backend"
      sidebarGroup: "engineering"
      yaml: true
      levels: 3
      homepage: true
      topics:
        - name: "mastery"
          title: "🛠️ Mastery"
          content:
            - level: 1
              criteria:
                - "Writes tests"
              exampleCriteria:
                - criteria: "Knows the tools"
                  examples:
                    - "git"
                    - "maven"
            - level: 3
              criteria:
                - "Designs systems"
      ---
      Body with a | table |
      """;

  private static FrameworkParser.Parsed parse(String text) {
    return FrameworkParser.parse(text, "test.md");
  }

  private static List<String> codes(FrameworkParser.Parsed parsed) {
    return parsed.problems().stream().map(problem -> problem.code().code()).toList();
  }

  @Test
  void readsEveryFieldOfAValidFile() {
    FrameworkParser.Parsed parsed = parse(VALID);

    assertThat(parsed.problems()).isEmpty();
    FrameworkDocument document = parsed.document().orElseThrow();
    assertThat(document.path()).isEqualTo("/engineering/backend");
    assertThat(document.title()).isEqualTo("⚙️ Backend");
    assertThat(document.sidebarGroup()).isEqualTo("engineering");
    assertThat(document.levelled()).isTrue();
    assertThat(document.levels()).isEqualTo(3);
    assertThat(document.homepage()).isTrue();
    assertThat(document.body()).isEqualTo("Body with a | table |\n");
    WrittenTopic mastery = document.topics().get(0);
    assertThat(mastery.content()).extracting(LevelContent::level).containsExactly(1, 3);
    assertThat(mastery.content().get(0).exampleCriteria().get(0).examples())
        .containsExactly("git", "maven");
  }

  @Test
  void readsTheSeedFrameworkWithItsRepairedEmoji() {
    FrameworkParser.Parsed parsed =
        FrameworkParser.parse(SharedData.bytes(SharedData.seed()), "devops.md");

    FrameworkDocument document = parsed.document().orElseThrow();
    assertThat(document.title()).isEqualTo("♾️ DevOps Engineering Framework");
    assertThat(document.topics())
        .extracting(WrittenTopic::title)
        .containsExactly(null, null, "🛠️ Mastery", "👩‍💼 Leadership", "✨ Influence");
    assertThat(document.body()).contains("we’re looking for").contains("labelled A–D");
    assertThat(parsed.problems())
        .isNotEmpty()
        .allMatch(problem -> problem.code() == ProblemCode.MOJIBAKE);
    assertThat(parsed.problems().get(0).toString())
        .isEqualTo(
            "devops.md:3:9: warning RUNGS018: mis-encoded text \"‚ôæÔ∏è\" read as \"♾️\""
                + " (UTF-8 once saved as Mac Roman or Windows-1252): save the file as UTF-8");
  }

  @Test
  void repairsTextMisEncodedAsWindows1252() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("Writes tests", "Writes testsâ€™ names"));

    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Writes tests’ names");
    assertThat(codes(parsed)).containsExactly("RUNGS018");
  }

  @Test
  void leavesRealAccentedTextAlone() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("Writes tests", "Écrit des tests, açaí, naïve — ok"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Écrit des tests, açaí, naïve — ok");
  }

  @Test
  void readsFilesThatAreNotUtf8AsWindows1252WithAWarning() {
    byte[] bytes =
        VALID
            .replace("Writes tests", "Writes café tests")
            .getBytes(Charset.forName("windows-1252"));

    FrameworkParser.Parsed parsed = FrameworkParser.parse(bytes, "test.md");

    assertThat(codes(parsed)).contains("RUNGS019");
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Writes café tests");
  }

  @Test
  void reportsYamlThatDoesNotParseWhereTheParserStopped() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("- \"Designs systems\"", "- \"Designs\" systems\""));

    assertThat(parsed.document()).isEmpty();
    Problem problem = parsed.problems().get(0);
    assertThat(problem.code()).isEqualTo(ProblemCode.YAML_SYNTAX);
    assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    assertThat(problem.line()).isEqualTo(23);
    assertThat(problem.column()).isEqualTo(23);
  }

  @Test
  void rejectsAFileWithoutFrontMatter() {
    FrameworkParser.Parsed parsed = parse("# Just markdown\n");

    assertThat(parsed.document()).isEmpty();
    assertThat(parsed.problems())
        .singleElement()
        .hasToString(
            "test.md:1:1: error RUNGS002: no front matter: a framework file starts with a line '---',"
                + " its fields, then '---'");
  }

  @Test
  void readsFrontMatterThatIsNeverClosedAsMonzosSiteDidWithAWarning() {
    FrameworkParser.Parsed parsed = parse("---\npath: \"/x\"\ntitle: \"x\"\n");

    assertThat(codes(parsed)).containsExactly("RUNGS003");
    assertThat(parsed.problems().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(parsed.document().orElseThrow().path()).isEqualTo("/x");
    assertThat(parsed.document().orElseThrow().body()).isEmpty();
  }

  @Test
  void leavesCorrectTextWithQuotesNextToAccentsAlone() {
    for (String text :
        List.of(
            "Writes the “été” release notes—éditées",
            "Says ‘über’ and “CAFÉ” in PROTÉGÉ’s docs",
            "Naïve “œuvre” — Ångström’s ßtraße")) {
      FrameworkParser.Parsed parsed = parse(VALID.replace("Writes tests", text));

      assertThat(parsed.problems()).as(text).isEmpty();
      assertThat(
              parsed
                  .document()
                  .orElseThrow()
                  .topics()
                  .get(0)
                  .content()
                  .get(0)
                  .criteria()
                  .get(0)
                  .text())
          .isEqualTo(text);
    }
  }

  @Test
  void capsLevelsSoAHugeNumberCannotStallRungs() {
    FrameworkParser.Parsed huge = parse(VALID.replace("levels: 3", "levels: 999999999"));
    FrameworkParser.Parsed hugeLevel = parse(VALID.replace("- level: 3", "- level: 999999999"));

    assertThat(codes(huge)).containsExactly("RUNGS031");
    assertThat(huge.document().orElseThrow().levels()).isEqualTo(50);
    assertThat(codes(hugeLevel)).containsExactly("RUNGS031");
  }

  @Test
  void rejectsPathsThatAreNotUsablePageAddresses() {
    for (String path :
        List.of("/../x", "/a/./b", "/assets/rungs.css", "/search", "/api/v1", "/eng/levels/2")) {
      FrameworkParser.Parsed parsed =
          parse(VALID.replace("\"/engineering/backend\"", "\"" + path + "\""));

      assertThat(parsed.document()).as(path).isEmpty();
      assertThat(codes(parsed)).as(path).containsExactly("RUNGS032");
    }
  }

  @Test
  void reportsAnEscapeWithoutDigitsInsteadOfCrashing() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("\"Writes tests\"", "\"Writes \\x\""));

    assertThat(parsed.document()).isEmpty();
    assertThat(codes(parsed)).containsExactly("RUNGS001");
  }

  @Test
  void rejectsBinaryFilesOnce() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xC3, (byte) 0xA9};

    FrameworkParser.Parsed parsed = FrameworkParser.parse(binary, "logo.md");

    assertThat(codes(parsed)).containsExactly("RUNGS033");
  }

  @Test
  void rejectsAFileWithoutPath() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("path: \"/engineering/backend\"\n", ""));

    assertThat(parsed.document()).isEmpty();
    assertThat(codes(parsed)).containsExactly("RUNGS005");
  }

  @Test
  void rejectsLevelsThatIsNotAPositiveNumber() {
    FrameworkParser.Parsed zero = parse(VALID.replace("levels: 3", "levels: 0"));
    FrameworkParser.Parsed word = parse(VALID.replace("levels: 3", "levels: three"));
    FrameworkParser.Parsed missing = parse(VALID.replace("levels: 3\n", ""));

    assertThat(codes(zero)).containsExactly("RUNGS008");
    assertThat(codes(word)).containsExactly("RUNGS008");
    assertThat(codes(missing)).containsExactly("RUNGS007");
    assertThat(missing.document().orElseThrow().levels())
        .as("the content is still shown, up to its highest level")
        .isEqualTo(3);
  }

  @Test
  void rejectsLevelAboveLevels() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("- level: 3", "- level: 7"));

    assertThat(parsed.problems())
        .singleElement()
        .hasToString(
            "test.md:21:16: error RUNGS009: level 7 is above levels: 3; its criteria in topic"
                + " 'mastery' are not shown");
  }

  @Test
  void warnsAboutEmptyValuesWhereListsBelong() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("criteria:\n          - \"Designs systems\"", "criteria:"));

    assertThat(codes(parsed)).containsExactly("RUNGS011");
    assertThat(parsed.problems().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void warnsAboutDuplicateTopicNamesAndKeepsBoth() {
    String twice =
        VALID.replace(
            "topics:\n", "topics:\n  - name: \"mastery\"\n    title: \"Again\"\n    content: []\n");

    FrameworkParser.Parsed parsed = parse(twice);

    assertThat(codes(parsed)).containsExactly("RUNGS013");
    assertThat(parsed.document().orElseThrow().topics()).hasSize(2);
  }

  @Test
  void recoversACriterionThatYamlReadAsAFieldAndSaysSo() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("- \"Writes tests\"", "- Writes tests: often"));

    assertThat(codes(parsed)).containsExactly("RUNGS015");
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Writes tests: often");
  }

  @Test
  void warnsAboutCriteriaWrittenAsNumbers() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("- \"Writes tests\"", "- 42"));

    assertThat(codes(parsed)).containsExactly("RUNGS029");
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("42");
  }

  @Test
  void reportsDuplicateKeysWithTheSecondOnesLocation() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("levels: 3\n", "levels: 3\nlevels: 4\n"));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
              assertThat(problem.line()).isEqualTo(8);
            });
    assertThat(parsed.document().orElseThrow().levels()).isEqualTo(3);
  }

  @Test
  void removesInvisibleCharactersAndSaysWhere() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("Writes tests", "Writes\u00A0tests\u200B"));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.code()).isEqualTo(ProblemCode.INVISIBLE_CHARACTER);
              assertThat(problem.line()).isEqualTo(15);
              assertThat(problem.column()).isEqualTo(20);
              assertThat(problem.message()).contains("NO-BREAK SPACE", "ZERO WIDTH SPACE");
            });
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Writes tests");
  }

  @Test
  void keepsTheZeroWidthJoinerOfEmojiSequences() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("🛠️ Mastery", "👩‍💼 Leadership"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.document().orElseThrow().topics().get(0).title())
        .isEqualTo("👩‍💼 Leadership");
  }

  @Test
  void readsATabAfterAListDashAsYaml12Does() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("- \"Writes tests\"", "-\t\"Writes tests\""));

    assertThat(parsed.problems()).isEmpty();
    assertThat(
            parsed
                .document()
                .orElseThrow()
                .topics()
                .get(0)
                .content()
                .get(0)
                .criteria()
                .get(0)
                .text())
        .isEqualTo("Writes tests");
  }

  @Test
  void keepsUnknownFieldsAndWarnsAboutThem() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("homepage: true\n", "homepage: true\nsubtitle: \"Hello\"\n"));

    assertThat(codes(parsed)).containsExactly("RUNGS020");
    assertThat(parsed.document().orElseThrow().extraFields()).containsEntry("subtitle", "Hello");
  }

  @Test
  void readsExplicitCriterionIds() {
    FrameworkParser.Parsed parsed =
        parse(
            VALID.replace(
                "- \"Writes tests\"",
                "- id: \"writes-tests\"\n            text: \"Writes tests\""));

    assertThat(parsed.problems()).isEmpty();
    assertThat(
            parsed.document().orElseThrow().topics().get(0).content().get(0).criteria().get(0).id())
        .isEqualTo("writes-tests");
  }

  @Test
  void rejectsExplicitIdsThatCannotBeAnchors() {
    FrameworkParser.Parsed parsed =
        parse(
            VALID.replace(
                "- \"Writes tests\"",
                "- id: \"writes tests!\"\n            text: \"Writes tests\""));

    assertThat(codes(parsed)).containsExactly("RUNGS030");
    assertThat(
            parsed.document().orElseThrow().topics().get(0).content().get(0).criteria().get(0).id())
        .isNull();
  }

  @Test
  void readsATextPage() {
    FrameworkParser.Parsed parsed =
        parse("---\npath: \"/about\"\ntitle: \"About\"\nyaml: false\n---\n# About\n");

    assertThat(parsed.problems()).isEmpty();
    FrameworkDocument document = parsed.document().orElseThrow();
    assertThat(document.levelled()).isFalse();
    assertThat(document.body()).isEqualTo("# About\n");
  }

  @Test
  void tidiesAPathWithoutItsLeadingSlash() {
    FrameworkParser.Parsed parsed =
        parse(VALID.replace("\"/engineering/backend\"", "\"engineering/backend/\""));

    assertThat(codes(parsed)).containsExactly("RUNGS006");
    assertThat(parsed.document().orElseThrow().path()).isEqualTo("/engineering/backend");
  }

  @Test
  void readsWindowsLineEndings() {
    FrameworkParser.Parsed parsed = parse(VALID.replace("\n", "\r\n"));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.document().orElseThrow().topics()).hasSize(1);
  }

  @Test
  void survivesAliasBombsWithAnError() {
    StringBuilder bomb =
        new StringBuilder(
            "---\npath: \"/x\"\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'k'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    bomb.append("---\n");

    FrameworkParser.Parsed parsed = parse(bomb.toString());

    assertThat(parsed.hasErrors()).isTrue();
  }
}
