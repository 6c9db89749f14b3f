package org.rungs.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInHandlerTests {

  @Test
  void namesASessionsDeviceAsItsOwnerWouldRecogniseIt() {
    assertThat(
            SignInHandler.device(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " HeadlessChrome/156.0.0.0 Safari/537.36"))
        .isEqualTo("Chrome on Linux");
    assertThat(
            SignInHandler.device(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"))
        .isEqualTo("Firefox on Windows");
    assertThat(
            SignInHandler.device(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
        .isEqualTo("Safari on iOS");
    assertThat(SignInHandler.device("curl/8.5.0")).isEqualTo("curl");
    assertThat(SignInHandler.device(null)).isEqualTo("An unknown device");
  }
}
