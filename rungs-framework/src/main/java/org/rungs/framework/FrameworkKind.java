package org.rungs.framework;

/** Whether a file is a framework with levels ({@code yaml: true}) or a page of text. */
public enum FrameworkKind {
  LEVELLED,
  TEXT;

  /** The word used in exports: {@code levelled} or {@code text}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
