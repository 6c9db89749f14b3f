package org.rungs.app.personaldata;

import java.time.Instant;
import java.util.Objects;

/**
 * The erasure of one person's personal data, as every {@link PersonalData} part receives it: who,
 * with their name and email as they were (to find them in free text), who erased them and when.
 *
 * @param erasedBy the admin who erased them, or {@code null} for the command line and retention
 */
public record Erasure(long personId, String name, String email, Long erasedBy, Instant at) {

  public Erasure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(at, "at");
  }

  /** The name the person's row keeps: says who it was in no way but its id. */
  public String replacementName() {
    return "Erased person " + personId;
  }

  /** The email the person's row keeps, unique and undeliverable (RFC 2606). */
  public String replacementEmail() {
    return "erased-" + personId + "@erased.invalid";
  }
}
