package org.rungs.framework;

/** How bad a {@link Problem} is: errors fail {@code rungs validate}, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word used in compiler-style output, e.g. {@code error}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
