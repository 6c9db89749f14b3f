package org.rungs.progression;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A link people give as evidence, checked so that it goes where it reads: {@code http} or {@code
 * https}, a host, no user name or password before the host ({@code
 * https://evil.example@example.com/} goes to {@code example.com}, not where it seems to), and none
 * of the characters {@link TextCharacters} refuses in single-line text.
 *
 * <pre>{@code
 * WebLink.problem("https://intranet.example/post/42"); // empty
 * WebLink.host("https://intranet.example/post/42");    // "intranet.example"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class WebLink {
  private WebLink() {}

  /** What is wrong with {@code link}, in words; empty if it is a good link. */
  public static Optional<String> problem(String link) {
    Optional<String> text = TextField.EVIDENCE_LINK.problem(link);
    if (text.isPresent()) {
      return text;
    }
    URI uri;
    try {
      uri = URI.create(link);
    } catch (IllegalArgumentException notAUri) {
      return Optional.of("a link starts with https:// or http://, without spaces");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("a link starts with https:// or http://");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of(
          "a link may not have a name before an @ in front of its host: it would go to "
              + (uri.getHost() == null ? "another host" : uri.getHost())
              + ", not where it seems to");
    }
    if (uri.getHost() == null) {
      return Optional.of("a link starts with https:// or http:// and a host");
    }
    return Optional.empty();
  }

  /** The host a link goes to, to show beside it; empty if it has none a browser would use. */
  public static String host(String link) {
    try {
      String host = URI.create(link).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException notAUri) {
      return "";
    }
  }
}
