package org.rungs.app.system;

import java.util.Map;

/**
 * Why the app did not do what was asked, in words for the person who asked: the one way every
 * feature says no. A service returns it as a value (bad input is expected, not exceptional); the
 * web layer turns it into a status once, in {@link RefusalStatus}, and into a page or an RFC 9457
 * problem ({@link Problems#of(Refusal)}).
 *
 * <pre>{@code
 * Optional<Refusal> refused = checkIns.start(actor, person);
 * }</pre>
 */
public sealed interface Refusal {

  /** What went wrong, as a sentence without its full stop. */
  String reason();

  /** The thing named does not exist, or the caller may not know it does. */
  record NotFound(String reason) implements Refusal {}

  /** The caller may see it but may not do this; the reason says who may. */
  record Forbidden(String reason) implements Refusal {}

  /** What was sent is wrong: {@code errors} says what, by field, when a field is at fault. */
  record Invalid(String reason, Map<String, String> errors) implements Refusal {
    public Invalid {
      // In the order given: the first field's problem is the one a reader meets first.
      errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** One field at fault, the reason being its error. */
    public static Invalid of(String field, String reason) {
      return new Invalid(reason, Map.of(field, reason));
    }
  }

  /** It cannot happen now: someone changed it first, or it is at another step. */
  record Conflict(String reason) implements Refusal {}
}
