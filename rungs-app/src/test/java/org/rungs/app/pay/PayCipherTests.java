package org.rungs.app.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayCipherTests {

  private static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void sealsWithAFreshNonceAndOpensForTheSameRow() {
    PayCipher cipher = PayCipher.of(List.of(newKey()));
    String once = cipher.seal("GBP|52000|1|0|london", "pay_change/17/2026-04-01");
    String twice = cipher.seal("GBP|52000|1|0|london", "pay_change/17/2026-04-01");

    assertThat(once).isNotEqualTo(twice).doesNotContain("52000");
    assertThat(cipher.open(once, "pay_change/17/2026-04-01")).isEqualTo("GBP|52000|1|0|london");
  }

  @Test
  void aValueMovedToAnotherRowDoesNotOpenAndTheMessageHasNoFigure() {
    PayCipher cipher = PayCipher.of(List.of(newKey()));
    String annsSalary = cipher.seal("GBP|91000|1|0|*", "pay_change/17/2026-04-01");

    assertThatThrownBy(() -> cipher.open(annsSalary, "pay_change/18/2026-04-01"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pay_change/18/2026-04-01")
        .hasMessageNotContaining("91000");
  }

  @Test
  void valuesOfTheOldKeyStillOpenAfterRotationAndAreStale() {
    String oldKey = newKey();
    String value = PayCipher.of(List.of(oldKey)).seal("MALE", "pay_sex/4");
    PayCipher rotated = PayCipher.of(List.of(newKey(), oldKey));

    assertThat(rotated.open(value, "pay_sex/4")).isEqualTo("MALE");
    assertThat(rotated.isStale(value)).isTrue();
    assertThat(rotated.isStale(rotated.seal("MALE", "pay_sex/4"))).isFalse();
  }

  @Test
  void withoutTheKeyAValueSaysWhichKeyIsMissing() {
    String value = PayCipher.of(List.of(newKey())).seal("FEMALE", "pay_sex/4");

    assertThatThrownBy(() -> PayCipher.of(List.of(newKey())).open(value, "pay_sex/4"))
        .hasMessageContaining("key that is not configured");
  }

  @Test
  void withoutAnyKeyPayIsOffWithOneMessage() {
    PayCipher off = PayCipher.of(new PaySettings(null, null));

    assertThat(off.isOn()).isFalse();
    assertThatThrownBy(() -> off.seal("x", "y")).hasMessage(PayCipher.OFF);
  }

  @Test
  void refusesAKeyOfTheWrongLengthWithoutShowingIt() {
    assertThatThrownBy(() -> PayCipher.of(List.of("c2hvcnQ=")))
        .hasMessageContaining("5 bytes; AES-256 needs 32")
        .hasMessageNotContaining("c2hvcnQ=");
  }
}
