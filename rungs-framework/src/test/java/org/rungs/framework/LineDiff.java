package org.rungs.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines one text removed and added against another, by longest common subsequence of the part
 * between their common first and last lines: enough to say an edit changed nothing else.
 */
record LineDiff(List<Integer> removedLines, List<String> removed, List<String> added) {

  static LineDiff between(String before, String after) {
    List<String> old = List.of(before.split("\n", -1));
    List<String> now = List.of(after.split("\n", -1));
    int prefix = 0;
    while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < old.size() - prefix
        && suffix < now.size() - prefix
        && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> a = old.subList(prefix, old.size() - suffix);
    List<String> b = now.subList(prefix, now.size() - suffix);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Integer> removedLines = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
        added.add(b.get(j++));
      } else {
        removedLines.add(prefix + i + 1);
        removed.add(a.get(i++));
      }
    }
    return new LineDiff(removedLines, removed, added);
  }

  /**
   * Asserts that the removed lines are one block at the criterion written on {@code line} (or its
   * list's key just above it), and that every added line is part of an example criterion: a key the
   * edit writes, the example, or a removed line moved.
   */
  void assertOnlyTouches(int line, String example) {
    if (!removedLines.isEmpty()) {
      assertThat(removedLines.get(removedLines.size() - 1) - removedLines.get(0))
          .as("removed lines are one block: %s", removed)
          .isEqualTo(removedLines.size() - 1);
      assertThat(removedLines).as("removed lines %s", removed).contains(line);
      for (int k = 0; removedLines.get(k) < line; k++) {
        String kept = removed.get(k).strip();
        assertThat(kept.startsWith("criteria:") || kept.startsWith("#") || kept.isEmpty())
            .as("removed line above the criterion: %s", kept)
            .isTrue();
      }
    }
    List<String> moved = removed.stream().map(LineDiff::content).toList();
    for (String line2 : added) {
      String content = content(line2);
      assertThat(
              content.equals("examples:")
                  || content.equals("exampleCriteria:")
                  || content.startsWith("criteria:")
                  || content.startsWith("id:")
                  || content.contains(YamlScalars.doubleQuoted(example))
                  || moved.contains(content)
                  || moved.stream().anyMatch(m -> content.endsWith(m)))
          .as("added line %s (removed %s)", line2, removed)
          .isTrue();
    }
  }

  private static String content(String line) {
    String stripped = line.strip();
    return stripped.startsWith("- ") ? stripped.substring(2).strip() : stripped;
  }
}
