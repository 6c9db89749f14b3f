package org.rungs.progression;

/**
 * The steps inside a level, A to D: "the more behaviours you show from your level, the more you
 * progress". A is where everyone starts on reaching a level; D is its top.
 */
public enum SubLevel {
  A,
  B,
  C,
  D;

  /** The sub-level after this one, or {@code null} at D. */
  public SubLevel next() {
    return this == D ? null : values()[ordinal() + 1];
  }
}
