package org.rungs.progression.frameworkimport;

import java.util.Objects;

/**
 * A cell, line or item of an imported file that could not be placed in the framework, e.g. {@code
 * ladder.xlsx:Sheet1!C7: error: no level heading above this cell; left out}.
 *
 * @param where the file and the place in it: {@code file.xlsx:Sheet1!C7}, {@code file.csv:12:3}
 *     (line and column from 1) or {@code file.yml:40:3}
 */
public record ImportProblem(String where, String message) {

  public ImportProblem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": error: " + message;
  }
}
