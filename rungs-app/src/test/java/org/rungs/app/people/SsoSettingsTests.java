package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The single sign-on settings as an operator writes them, read without starting Rungs. */
class SsoSettingsTests {

  @Test
  void noIssuerMeansNoSingleSignOn() {
    assertThat(new SsoSettings(null, null, null, null).enabled()).isFalse();
    assertThat(new SsoSettings(" ", "", null, null).enabled()).isFalse();
  }

  @Test
  void theSecretNeverShowsWhereSettingsArePrinted() {
    SsoSettings settings =
        new SsoSettings("https://id.example.com", "rungs", "s3cret-value", "Example");

    assertThat(settings.toString())
        .contains("https://id.example.com", "rungs", "Example", "(set)")
        .doesNotContain("s3cret-value");
  }

  @Test
  void anIssuerWithoutItsClientIsRefusedAtStartUpNamingWhatIsMissing() {
    assertThatThrownBy(() -> new SsoSettings("https://id.example.com", "rungs", null, null))
        .hasMessageContaining("rungs.sso.client-secret")
        .hasMessageContaining("RUNGS_SSO_CLIENTSECRET");
    assertThatThrownBy(() -> new SsoSettings("id.example.com", "rungs", "secret", null))
        .hasMessageContaining(
            "must be an https address (http only for a test), not id.example.com");
  }

  @Test
  void theButtonSaysSingleSignOnUnlessNamed() {
    assertThat(new SsoSettings("https://id.example.com", "rungs", "secret", null).name())
        .isEqualTo("single sign-on");
    assertThat(new SsoSettings("https://id.example.com", "rungs", "secret", " Okta ").name())
        .isEqualTo("Okta");
  }
}
