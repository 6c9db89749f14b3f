package org.rungs.app.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Which passwords people may choose, after NIST SP 800-63B: long enough, not absurdly long, no
 * composition rules (so long passphrases are welcome), and none that attackers try first: the
 * 20,000 most common passwords (the list Django ships, by Royce Williams, lower-cased) and the
 * person's own email or name. For example, {@code "correct horse battery staple"} is accepted,
 * {@code "password1234"} is not.
 *
 * <p>Immutable and thread-safe; the list is read once.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load("common-passwords.txt.gz");

  private PasswordPolicy() {}

  /** Why {@code password} may not be used by the person with that email and name, if it may not. */
  static Optional<String> refusal(String password, String email, String name) {
    if (password == null || password.isBlank()) {
      return Optional.of("Choose a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(
          "Use at least " + MIN_LENGTH + " characters; a few words make a good passphrase.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("Use at most " + MAX_LENGTH + " characters.");
    }
    String folded = fold(password);
    if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || COMMON.contains(folded)) {
      return Optional.of("That password is one of the most common ones: choose another.");
    }
    String local = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
    for (String own : new String[] {email, local, name}) {
      if (own != null && !own.isBlank() && folded.equals(fold(own))) {
        return Optional.of("Your password may not be your email address or your name.");
      }
    }
    return Optional.empty();
  }

  /** Lower case without spaces: "Ada Lovelace" and "adalovelace" are the same guess. */
  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the list of common passwords is missing: " + resource);
      }
      Set<String> passwords = new HashSet<>(32_768);
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        lines
            .lines()
            .map(line -> line.strip().toLowerCase(Locale.ROOT))
            .filter(line -> !line.isEmpty())
            .forEach(passwords::add);
      }
      return Set.copyOf(passwords);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
  }
}
