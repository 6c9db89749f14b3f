package org.rungs.progression.frameworkimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The criteria written in one spreadsheet cell: one a line, bullets and numbering dropped; a line
 * that starts with "e.g." or "Example:" is an example of the criterion above it.
 */
final class CriterionLines {

  record Written(String text, List<String> examples) {}

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·‣◦▪]|\\d{1,2}[.)])\\s+");
  private static final Pattern EXAMPLE =
      Pattern.compile("^(?i)(?:e\\.?g\\.?|for example|examples?)\\s*[:,]?\\s*");

  private CriterionLines() {}

  /** The criteria of a cell; an example with no criterion above it is returned as -1's text. */
  static List<Written> of(String cell, List<String> orphans) {
    List<Written> criteria = new ArrayList<>();
    for (String raw : cell.split("\\R")) {
      String line = BULLET.matcher(raw).replaceFirst("").strip();
      if (line.isEmpty()) {
        continue;
      }
      var example = EXAMPLE.matcher(line);
      if (example.lookingAt() && example.end() < line.length()) {
        String text = line.substring(example.end()).strip();
        if (criteria.isEmpty()) {
          orphans.add(text);
        } else {
          criteria.get(criteria.size() - 1).examples().add(text);
        }
        continue;
      }
      criteria.add(new Written(line, new ArrayList<>()));
    }
    return criteria;
  }

  /** Examples written one a line (or separated by ';' on one line). */
  static List<String> examples(String cell) {
    List<String> examples = new ArrayList<>();
    for (String raw : cell.split("\\R")) {
      String line = BULLET.matcher(raw).replaceFirst("").strip();
      if (!line.isEmpty()) {
        examples.add(line);
      }
    }
    return examples;
  }
}
