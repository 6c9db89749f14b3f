package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Criterion ids are stored and derived from the normalised wording, so the hand-written {@link
 * CriterionId#normalise} must give what the regular expressions it replaced give, for any text.
 */
class CriterionWordingTests {

  @Property(tries = 3000)
  void normalisesAsTheExpressionsDid(@ForAll("wordings") String text) {
    assertThat(CriterionId.normalise(text)).isEqualTo(CriterionId.normaliseByExpressions(text));
  }

  @Provide
  Arbitrary<String> wordings() {
    // Letters, the whitespace \s knows, what Character.isWhitespace knows besides, the trailing
    // punctuation, line separators that $ treats as line ends, and letters whose case changes
    // length.
    return Arbitraries.strings()
        .withChars("aZ. ,;:!\t\n\u000B\f\r\u001C\u0085\u00A0\u2028\u2029\u3000İßΣ-")
        .ofMaxLength(12);
  }

  @Test
  void normalisesEveryLineOfTheCorpusAsTheExpressionsDid() throws IOException {
    try (Stream<Path> files = Files.walk(SharedData.corpus())) {
      files
          .filter(file -> file.toString().endsWith(".md"))
          .forEach(
              file -> {
                try {
                  for (String line : Files.readString(file).split("\n")) {
                    assertThat(CriterionId.normalise(line))
                        .isEqualTo(CriterionId.normaliseByExpressions(line));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
