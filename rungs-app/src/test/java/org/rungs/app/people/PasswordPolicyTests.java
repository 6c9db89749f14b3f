package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

  private static final String EMAIL = "ada.lovelace@example.com";
  private static final String NAME = "Ada Lovelace";

  @Test
  void acceptsALongPassphraseWithoutCompositionRules() {
    assertThat(PasswordPolicy.refusal("correct horse battery staple", EMAIL, NAME)).isEmpty();
    assertThat(PasswordPolicy.refusal("ünïcödé wörds ärë fïnë 🙂", EMAIL, NAME)).isEmpty();
    assertThat(PasswordPolicy.refusal("a".repeat(12) + "b".repeat(188), EMAIL, NAME)).isEmpty();
  }

  @Test
  void refusesShortAndAbsurdlyLongPasswords() {
    assertThat(PasswordPolicy.refusal("Tr0ub4dor&3", EMAIL, NAME))
        .hasValueSatisfying(reason -> assertThat(reason).contains("at least 12"));
    assertThat(PasswordPolicy.refusal("x".repeat(201), EMAIL, NAME))
        .hasValueSatisfying(reason -> assertThat(reason).contains("at most 200"));
    assertThat(PasswordPolicy.refusal("   ", EMAIL, NAME)).isPresent();
  }

  @Test
  void refusesTheMostCommonPasswordsWhateverTheirCase() {
    assertThat(PasswordPolicy.refusal("password1234", EMAIL, NAME))
        .hasValueSatisfying(reason -> assertThat(reason).contains("most common"));
    assertThat(PasswordPolicy.refusal("QwertyQwerty", EMAIL, NAME)).isPresent();
    assertThat(PasswordPolicy.refusal("123456123456", EMAIL, NAME)).isPresent();
  }

  @Test
  void refusesTheEmailItsLocalPartAndTheName() {
    assertThat(PasswordPolicy.refusal(EMAIL, EMAIL, NAME)).isPresent();
    assertThat(PasswordPolicy.refusal("Ada.Lovelace", "ada.lovelace1@example.com", "Ada"))
        .isEmpty();
    assertThat(PasswordPolicy.refusal("ADA.LOVELACE", EMAIL, "Someone Else")).isPresent();
    assertThat(PasswordPolicy.refusal("ada lovelace", "ada@example.com", NAME)).isPresent();
    assertThat(PasswordPolicy.refusal("adalovelace!!", "ada@example.com", NAME)).isEmpty();
  }
}
