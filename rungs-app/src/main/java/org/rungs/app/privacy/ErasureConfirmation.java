package org.rungs.app.privacy;

import java.util.Locale;
import java.util.Optional;
import org.rungs.app.people.Leavers;
import org.rungs.app.system.Refusal;

/**
 * How sure an erasure must be: a person who left needs one confirmation; a person still active
 * needs a second, their email typed out, so that nobody active is erased by one slip.
 */
final class ErasureConfirmation {
  private ErasureConfirmation() {}

  static Optional<Refusal> check(Leavers.Standing standing, boolean confirmed, String typedEmail) {
    if (!confirmed) {
      return Optional.of(
          Refusal.Invalid.of("confirm", "tick the box to confirm that this cannot be undone"));
    }
    if (standing.hasLeft()) {
      return Optional.empty();
    }
    String typed = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
    if (!typed.equals(standing.person().email())) {
      return Optional.of(
          Refusal.Invalid.of(
              "email",
              standing.person().name()
                  + " has not left: type their email address to confirm erasing an active person"));
    }
    return Optional.empty();
  }
}
