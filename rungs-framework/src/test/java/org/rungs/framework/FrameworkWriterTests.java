package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkWriterTests {

  private static FrameworkSet rewrite(FrameworkSet set) {
    List<FrameworkParser.Parsed> parsed = new ArrayList<>();
    for (Framework framework : set.frameworks()) {
      parsed.add(
          FrameworkParser.parse(FrameworkWriter.write(framework.document()), framework.source()));
    }
    return Frameworks.resolve(set.files(), parsed, List.of());
  }

  @Test
  void writesTheMonzoLayout() {
    Framework devops = Frameworks.load(SharedData.seed()).frameworks().get(0);

    String written = FrameworkWriter.write(devops.document());

    assertThat(written)
        .startsWith(
            """
            ---
            path: "/engineering/devOps"
            title: "♾️ DevOps Engineering Framework"
            sidebarTitle: "♾️ DevOps"
            sidebarGroup: "engineering"
            yaml: true
            levels: 4
            homepage: true
            topics:
              - name: "communication"
                title:
                content:
                  - level: 1
                    criteria:
                      - "Provides regular status updates to their mentor/buddy"
            """)
        .contains(
            """
                    exampleCriteria:
                      - criteria: "Understands network infrastructure elements and how they connect together"
                        examples:
                          - "DMZ"
            """)
        .endsWith(
            "We're particularly keen to add as many examples to the behaviours as possible, to further clarify them.\n");
  }

  @Test
  void repairedSeedReadsTheSameAndCleanWhenWrittenBack() {
    FrameworkSet seed = Frameworks.load(SharedData.seed());

    FrameworkSet rewritten = rewrite(seed);

    assertThat(rewritten.problems())
        .as("the repairs are kept, so nothing is left to warn about")
        .isEmpty();
    assertThat(rewritten.frameworks().stream().map(Meaning::of).toList())
        .isEqualTo(seed.frameworks().stream().map(Meaning::of).toList());
  }

  @Test
  void cleanExampleFrameworksComeBackWithTheSameMeaningAndIds() {
    FrameworkSet examples = Frameworks.load(SharedData.examples());

    FrameworkSet rewritten = rewrite(examples);

    assertThat(rewritten.problems()).isEmpty();
    assertThat(rewritten.frameworks().stream().map(Meaning::of).toList())
        .isEqualTo(examples.frameworks().stream().map(Meaning::of).toList());
  }

  @Test
  void quotesTextThatYamlWouldOtherwiseMisread() {
    String tricky =
        "---\npath: \"/x\"\ntitle: \"x\"\nyaml: true\nlevels: 1\ntopics:\n  - name: \"t\"\n    content:\n"
            + "      - level: 1\n        criteria:\n"
            + "          - \"Says: \\\"no\\\" # not a comment\"\n          - \"- starts with a dash\"\n"
            + "          - \"yes\"\n          - \"42\"\n          - \"multi\\nline\"\n---\n";
    Framework before =
        Frameworks.resolve(
                List.of("x.md"), List.of(FrameworkParser.parse(tricky, "x.md")), List.of())
            .frameworks()
            .get(0);

    FrameworkSet after = rewrite(new FrameworkSet(List.of("x.md"), List.of(before), List.of()));

    assertThat(after.problems()).isEmpty();
    assertThat(after.frameworks().get(0).criteria().map(Criterion::text))
        .containsExactly(
            "Says: \"no\" # not a comment", "- starts with a dash", "yes", "42", "multi\nline");
  }

  @Test
  void keepsUnknownFieldsWhenWritingBack() {
    String withExtras =
        "---\npath: \"/x\"\ntitle: \"x\"\nsubtitle: \"Hi\"\nlevelPrefix: 3\ncategories: [\"a\", \"b\"]\n---\n";
    FrameworkDocument document = FrameworkParser.parse(withExtras, "x.md").document().orElseThrow();

    String written = FrameworkWriter.write(document);

    assertThat(FrameworkParser.parse(written, "x.md").document().orElseThrow().extraFields())
        .isEqualTo(document.extraFields());
    assertThat(written).contains("subtitle: \"Hi\"", "levelPrefix: 3", "categories:\n  - \"a\"");
  }
}
