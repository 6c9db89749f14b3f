package org.rungs.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Names and work emails for made-up people, from first and last names common in many countries, so
 * that the demo looks like a real company: {@code Elena Novak}, {@code elena.novak@example.com},
 * and {@code elena.novak.2@example.com} for the next Elena Novak.
 *
 * <p>Not thread-safe: it remembers the emails it gave, to keep them unique.
 */
final class Identities {

  /** A person's name and their email. */
  record Identity(String name, String email) {}

  private static final List<String> FIRST = load("first-names.txt");
  private static final List<String> LAST = load("last-names.txt");

  private final Map<String, Integer> emails = new HashMap<>();

  /** Someone new: a first name, then a last name, from {@code random}. */
  Identity next(Random random) {
    String first = FIRST.get(random.nextInt(FIRST.size()));
    String last = LAST.get(random.nextInt(LAST.size()));
    String base = ascii(first) + "." + ascii(last);
    int seen = emails.merge(base, 1, Integer::sum);
    String email = (seen == 1 ? base : base + "." + seen) + "@example.com";
    return new Identity(first + " " + last, email);
  }

  /** A first name, for colleagues mentioned in notes. */
  static String firstName(Random random) {
    return FIRST.get(random.nextInt(FIRST.size()));
  }

  private static String ascii(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
  }

  /** One name a line; the order matters, since the same seed must pick the same names. */
  private static List<String> load(String file) {
    try (InputStream in = Identities.class.getResourceAsStream("/demo/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the demo's name list demo/" + file + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
