package org.rungs.framework;

/** Where something was written in its file: line and column, both counting from 1. */
public record Location(int line, int column) {

  /** The start of a file, for problems about the file as a whole. */
  public static final Location START = new Location(1, 1);

  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, got " + line + ":" + column);
    }
  }
}
