package org.rungs.progression;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in Rungs beyond their own progression: administer it, or not. Being a
 * manager is not a role: it follows from having reports. The app stores and checks this same type.
 */
public enum Role {
  /** The people team: sees everyone, imports people, configures Rungs. */
  ADMIN,
  /** Everyone else: their own record, and their reports' if they have any. */
  MEMBER;

  /** The role a file names, e.g. {@code "Admin"}: any case, surrounding spaces ignored. */
  public static Optional<Role> parse(String written) {
    return switch (written.strip().toLowerCase(Locale.ROOT)) {
      case "admin" -> Optional.of(ADMIN);
      case "member" -> Optional.of(MEMBER);
      default -> Optional.empty();
    };
  }

  /** The word files and pages use, e.g. {@code admin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
