package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CriterionIdTests {

  private static Map<String, CriterionId> idsByText(String framework) {
    FrameworkParser.Parsed parsed = FrameworkParser.parse(framework, "f.md");
    return Frameworks.resolve(List.of("f.md"), List.of(parsed), List.of())
        .frameworks()
        .get(0)
        .criteria()
        .collect(Collectors.toMap(Criterion::text, Criterion::id, (a, b) -> a));
  }

  private static String framework(String... criteria) {
    StringBuilder text =
        new StringBuilder(
            "---\npath: \"/f\"\ntitle: \"F\"\nyaml: true\nlevels: 2\ntopics:\n  - name: \"impact\"\n"
                + "    content:\n      - level: 1\n        criteria:\n");
    for (String criterion : criteria) {
      text.append("          - ").append(criterion).append('\n');
    }
    return text.append("---\n").toString();
  }

  @Test
  void survivesReordering() {
    assertThat(idsByText(framework("\"A\"", "\"B\"", "\"C\"")))
        .isEqualTo(idsByText(framework("\"C\"", "\"A\"", "\"B\"")));
  }

  @Test
  void survivesUnrelatedEditsAndCosmeticChanges() {
    Map<String, CriterionId> before = idsByText(framework("\"Ships work.\"", "\"Plans\""));
    Map<String, CriterionId> after = idsByText(framework("\"ships  work\"", "\"Plans carefully\""));

    assertThat(after.get("ships  work")).isEqualTo(before.get("Ships work."));
  }

  @Test
  void changesWhenTheWordingChanges() {
    assertThat(idsByText(framework("\"Ships work\"")).get("Ships work"))
        .isNotEqualTo(idsByText(framework("\"Ships projects\"")).get("Ships projects"));
  }

  @Test
  void isNamedAfterItsTopic() {
    assertThat(CriterionId.derive("Problem Solving", "Debugs").value())
        .matches("problem-solving-[0-9a-f]{8}");
  }

  @Test
  void explicitIdWins() {
    Map<String, CriterionId> ids =
        idsByText(framework("id: \"ships\"\n            text: \"Ships work\""));

    assertThat(ids.get("Ships work")).isEqualTo(new CriterionId("ships"));
  }

  @Test
  void keepsIdsUniqueWhenTheSameWordingAppearsTwice() {
    String twice = framework("\"Same\"", "\"Same\"");
    FrameworkSet set =
        Frameworks.resolve(
            List.of("f.md"), List.of(FrameworkParser.parse(twice, "f.md")), List.of());

    List<CriterionId> ids = set.frameworks().get(0).criteria().map(Criterion::id).toList();
    assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    assertThat(ids.get(1).value()).isEqualTo(ids.get(0).value() + "-l1");
  }

  @Test
  void reportsAnExplicitIdUsedTwice() {
    String twice =
        framework("id: \"x\"\n            text: \"A\"", "id: \"x\"\n            text: \"B\"");
    FrameworkSet set =
        Frameworks.resolve(
            List.of("f.md"), List.of(FrameworkParser.parse(twice, "f.md")), List.of());

    assertThat(set.problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCode.DUPLICATE_CRITERION_ID);
    assertThat(set.frameworks().get(0).criteria().map(Criterion::id).distinct()).hasSize(2);
  }

  @Test
  void rejectsIdsThatCannotBeAnchors() {
    assertThatThrownBy(() -> new CriterionId("has space"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has space");
  }

  @Test
  void acceptsExactlyTheIdsThatCanBeAnchors() {
    java.util.regex.Pattern anchor =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    List<String> candidates =
        List.of(
            "a",
            "Z9",
            "0",
            "mastery-3f2a9c1b",
            "a.b_c-d",
            "x".repeat(121),
            "x".repeat(122),
            "",
            "-leading-dash",
            ".dot",
            "_under",
            "trailing space ",
            "tab\tinside",
            "slash/inside",
            "\u00e9t\u00e9",
            "caf\u00e9",
            "\u0661two",
            "emoji-\ud83d\ude00");
    for (String candidate : candidates) {
      boolean accepted;
      try {
        new CriterionId(candidate);
        accepted = true;
      } catch (IllegalArgumentException rejected) {
        accepted = false;
      }
      assertThat(accepted).as("\"%s\"", candidate).isEqualTo(anchor.matcher(candidate).matches());
    }
  }

  @Test
  void ownIdsDoNotChangeWhenTheGenericFrameworkGainsTheSameWording() {
    String own = framework("\"Writes clear design docs\"").replace("path: \"/f\"", "path: \"/f\"");
    String generic =
        "---\npath: \"/generic\"\ntitle: \"G\"\nyaml: true\nlevels: 2\ntopics:\n  - name: \"impact\"\n"
            + "    content:\n      - level: 1\n        criteria:\n          - \"Something else\"\n---\n";
    CriterionId before = ownId(own, generic);

    CriterionId after = ownId(own, generic.replace("Something else", "Writes clear design docs"));

    assertThat(after).isEqualTo(before);
  }

  private static CriterionId ownId(String own, String generic) {
    FrameworkSet set =
        Frameworks.resolve(
            List.of("f.md", "generic.md"),
            List.of(
                FrameworkParser.parse(own, "f.md"), FrameworkParser.parse(generic, "generic.md")),
            List.of());
    return set.find("/f")
        .orElseThrow()
        .criteria()
        .filter(c -> !c.isInherited())
        .findFirst()
        .orElseThrow()
        .id();
  }
}
