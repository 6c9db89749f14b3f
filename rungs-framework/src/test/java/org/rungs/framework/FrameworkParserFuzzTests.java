package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Thousands of mutated framework files, from real ones: whatever comes in, only problems come out,
 * each located, and whatever loads can be written back as valid YAML.
 */
class FrameworkParserFuzzTests {

  /** One edit to a file: what to do, where (as a fraction of its length), and with what. */
  record Mutation(int kind, double where, double until, String payload) {

    String applyTo(String text) {
      int at = (int) (where * text.length());
      int end = Math.min(text.length(), at + (int) (until * 200));
      return switch (kind) {
        case 0 -> text.substring(0, at) + payload + text.substring(at);
        case 1 -> text.substring(0, at) + text.substring(end);
        case 2 -> text.substring(0, at) + text.substring(at, end) + text.substring(at);
        case 3 -> text.substring(0, at);
        case 4 -> text.substring(0, at) + payload + text.substring(end);
        default -> swapLines(text, at, end);
      };
    }

    private static String swapLines(String text, int at, int end) {
      String[] lines = text.split("\n", -1);
      if (lines.length < 2) {
        return text;
      }
      int first = at % lines.length;
      int second = end % lines.length;
      String held = lines[first];
      lines[first] = lines[second];
      lines[second] = held;
      return String.join("\n", lines);
    }
  }

  private static final List<String> PAYLOADS =
      List.of(
          ":",
          ": ",
          "- ",
          "-\t",
          "\t",
          "\"",
          "'",
          "[",
          "]",
          "{",
          "}",
          "#",
          "&a ",
          "*a",
          "!",
          "!!int ",
          "|",
          ">",
          "%",
          "@",
          "`",
          "?",
          ",",
          "\n",
          "\n---\n",
          "---",
          "  ",
          "\u200B",
          "\u00A0",
          "\uFEFF",
          "‚Äô",
          "â€™",
          "\uFFFD",
          "👩‍💼",
          "\u0000",
          "\r",
          "level: 9",
          "levels: -1",
          "criteria:",
          "exampleCriteria:\n  - \"x\"",
          "topics: null",
          "path:",
          "name: ",
          "\\",
          "\\u",
          "\"\\x",
          "&a [*a]",
          "<<: *a",
          "null",
          "~",
          "0x1F",
          "1e309",
          "yes",
          "id: \"a b\"");

  private static final List<String> BASES = bases();

  private static List<String> bases() {
    List<String> bases = new ArrayList<>();
    bases.add(SharedData.text(SharedData.seed()));
    for (Path file : SharedData.markdownFiles(SharedData.examples())) {
      bases.add(SharedData.text(file));
    }
    for (String corpusFile :
        List.of(
            "monzo__progression-framework/frameworks/people.md",
            "monzo__progression-framework/frameworks/engineering/backend.md@3dbdc18.md",
            "monzo__progression-framework/frameworks/generic.md")) {
      bases.add(SharedData.text(SharedData.corpus().resolve(corpusFile)));
    }
    return List.copyOf(bases);
  }

  @Provide
  Arbitrary<String> mutatedFrameworks() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(
                    Arbitraries.of(PAYLOADS),
                    Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(6)))
            .as(Mutation::new);
    return Combinators.combine(Arbitraries.of(BASES), mutation.list().ofMinSize(1).ofMaxSize(8))
        .as(
            (base, mutations) -> {
              String text = base;
              for (Mutation each : mutations) {
                text = each.applyTo(text);
              }
              return text;
            });
  }

  @Property(tries = 3000)
  void mutatedFilesGiveOnlyLocatedProblems(@ForAll("mutatedFrameworks") String text) {
    FrameworkParser.Parsed parsed = FrameworkParser.parse(text, "fuzzed.md");

    assertLocated(parsed.problems());
    parsed
        .document()
        .ifPresent(
            document -> {
              FrameworkSet set =
                  Frameworks.resolve(List.of("fuzzed.md"), List.of(parsed), List.of());
              assertLocated(set.problems());
              String written = FrameworkWriter.write(document);
              assertThat(FrameworkParser.parse(written, "written.md").problems())
                  .as("what Rungs writes always parses")
                  .noneMatch(problem -> problem.code() == ProblemCode.YAML_SYNTAX);
            });
  }

  @Property(tries = 1000)
  void mutatedBytesGiveOnlyLocatedProblems(@ForAll("mutatedFrameworks") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // Flip a few bytes into invalid UTF-8 to reach the encoding paths.
    for (int i = 7; i < bytes.length; i += Math.max(1, bytes.length / 3)) {
      bytes[i] = (byte) (0x80 | (bytes[i] & 0x3F));
    }

    assertLocated(FrameworkParser.parse(bytes, "fuzzed.md").problems());
  }

  private static void assertLocated(List<Problem> problems) {
    assertThat(problems)
        .allSatisfy(
            problem -> {
              assertThat(problem.file()).isNotBlank();
              assertThat(problem.line()).isPositive();
              assertThat(problem.column()).isPositive();
              assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
            });
  }
}
