package org.rungs.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinkTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://intranet.example/post/42",
        "http://wiki.example:8080/page?x=1#part",
        "HTTPS://Example.com/"
      })
  void acceptsWebLinksWithAHost(String link) {
    assertThat(WebLink.problem(link)).isEmpty();
  }

  @Test
  void refusesAUserNameBeforeTheHostBecauseItHidesWhereTheLinkGoes() {
    assertThat(WebLink.problem("https://evil.example@example.com/"))
        .hasValue(
            "a link may not have a name before an @ in front of its host: it would go to"
                + " example.com, not where it seems to");
    assertThat(WebLink.problem("https://user:secret@example.com/")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://files.example/x",
        "data:text/html,hi",
        "https:///no-host",
        "https://exa mple.com/",
        "intranet.example/post"
      })
  void refusesWhatIsNotAnHttpLinkWithAHost(String link) {
    assertThat(WebLink.problem(link)).isPresent();
  }

  @Test
  void refusesBidirectionalControlsThatShowALinkBackwards() {
    assertThat(WebLink.problem("https://example.com/\u202Egepj.exe"))
        .hasValue("link has a bidirectional control character (U+202E) at character 21: remove it");
  }

  @Test
  void refusesALinkLongerThanItsColumn() {
    assertThat(WebLink.problem("https://example.com/" + "a".repeat(2000)))
        .hasValue("a link has at most 2000 characters, this one has 2020");
  }

  @Test
  void theHostIsWhereTheLinkGoes() {
    assertThat(WebLink.host("https://evil.example@example.com/")).isEqualTo("example.com");
    assertThat(WebLink.host("not a link")).isEmpty();
  }
}
