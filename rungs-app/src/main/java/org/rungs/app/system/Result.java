package org.rungs.app.system;

/**
 * What a command that makes something gives back: what it made, or why it was refused.
 *
 * <pre>{@code
 * if (evidence.add(actor, person, sent) instanceof Result.Refused<Long> refused) {
 *   return Problems.of(refused.refusal());
 * }
 * }</pre>
 */
public sealed interface Result<T> {

  /** Done; {@code value} is what was made. */
  record Done<T>(T value) implements Result<T> {}

  /** Not done, and why. */
  record Refused<T>(Refusal refusal) implements Result<T> {}

  static <T> Result<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Result<T> refused(Refusal refusal) {
    return new Refused<>(refusal);
  }
}
