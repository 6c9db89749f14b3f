package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFieldTests {

  @ParameterizedTest
  @EnumSource(TextField.class)
  void acceptsTextUpToItsLimitAndRefusesOneCharacterMore(TextField field) {
    assertThat(field.problem("a".repeat(field.max()))).isEmpty();
    assertThat(field.problem("a".repeat(field.max() + 1)))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .endsWith(
                        "has at most "
                            + field.max()
                            + " characters, this one has "
                            + (field.max() + 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u000B", "\u001B", "\u007F", "\u0085", "\uFFFE"})
  void refusesControlCharactersAndNoncharactersInEveryField(String character) {
    for (TextField field : TextField.values()) {
      assertThat(field.problem("Ann" + character + "Lee"))
          .as(field.name())
          .hasValueSatisfying(
              problem ->
                  assertThat(problem)
                      .startsWith(field.field() + " has a")
                      .contains("at character 4"));
    }
  }

  @Test
  void refusesHalfOfASurrogatePairButNotAWholeOne() {
    assertThat(TextField.EVIDENCE_NOTE.problem("broken \uD83D here"))
        .hasValue(
            "note has half of a character (a lone surrogate) (U+D83D) at character 8: remove it");
    assertThat(TextField.EVIDENCE_NOTE.problem("whole \uD83D\uDE00 here")).isEmpty();
  }

  @Test
  void multiLineTextKeepsTabsAndLineBreaksSingleLineTextDoesNot() {
    assertThat(TextField.CHECK_IN_SUMMARY.problem("one\r\n\ttwo")).isEmpty();
    assertThat(TextField.NAME.problem("Ann\tLee"))
        .hasValue("name has a tab (U+0009) at character 4: remove it");
    assertThat(TextField.EVIDENCE_LINK.problem("https://x.example/\u2028")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202A", "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C"})
  void singleLineTextRefusesBidirectionalControls(String control) {
    assertThat(TextField.NAME.problem("Ann" + control + "Lee"))
        .hasValue(
            "name has a bidirectional control character (U+"
                + String.format("%04X", (int) control.charAt(0))
                + ") at character 4: remove it");
    // Notes may be written in right-to-left languages, which use these marks.
    assertThat(TextField.EVIDENCE_NOTE.problem("Ann" + control + "Lee")).isEmpty();
  }

  @Test
  void printableTextReplacesWhatNoTextMayHoldAndKeepsTheRest() {
    assertThat(TextCharacters.printable("a\u0000b\u0007c\uFFFEd\uD800e\tf\ng\u202Eh\uD83D\uDE00"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng\u202Eh\uD83D\uDE00");
    String clean = "nothing to replace";
    assertThat(TextCharacters.printable(clean)).isSameAs(clean);
  }
}
