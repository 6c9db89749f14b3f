package org.rungs.progression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks who manages whom across a people file and the people already in Rungs: every manager must
 * exist, nobody manages themselves, and no reporting line loops, e.g. {@code a@x → b@x → a@x}.
 *
 * <p>A row of the file replaces what Rungs knew of that person, so a loop can run through people
 * the file does not list. Each person of the file on a loop is told once, the loop named from them.
 */
final class ReportingLines {
  private ReportingLines() {}

  /**
   * Adds an error for each row whose manager is unknown, is themselves, or is on a loop.
   *
   * @param rows the file's rows, one per person (duplicates already left out)
   */
  static void check(List<RowChecks.Row> rows, ImportContext context, List<ImportProblem> problems) {
    Map<String, RowChecks.Row> inFile = new LinkedHashMap<>();
    rows.stream().filter(row -> row.email() != null).forEach(row -> inFile.put(row.email(), row));
    Set<String> known = new HashSet<>(context.existingPeople());
    known.addAll(inFile.keySet());

    Map<String, String> managers = new HashMap<>(context.existingManagers());
    inFile.keySet().forEach(managers::remove);
    for (RowChecks.Row row : inFile.values()) {
      String manager = row.managerEmail();
      if (manager == null) {
        continue;
      }
      if (manager.equals(row.email())) {
        problems.add(
            ImportProblem.error(
                row.line(), "manager_email", manager + " cannot be their own manager"));
      } else if (!known.contains(manager)) {
        problems.add(
            ImportProblem.error(
                row.line(),
                "manager_email",
                "manager "
                    + manager
                    + " is neither in this file nor already in Rungs"
                    + Closest.within(manager, known, 1)
                        .map(closest -> "; did you mean " + closest + "?")
                        .orElse("")));
      } else {
        managers.put(row.email(), manager);
      }
    }
    for (List<String> loop : loops(inFile.keySet(), managers)) {
      for (int i = 0; i < loop.size(); i++) {
        RowChecks.Row row = inFile.get(loop.get(i));
        if (row != null) {
          problems.add(
              ImportProblem.error(
                  row.line(), "manager_email", "the reporting line loops: " + named(loop, i)));
        }
      }
    }
  }

  /** Each loop reachable from {@code starts} once, in reporting order. */
  private static List<List<String>> loops(Set<String> starts, Map<String, String> managers) {
    List<List<String>> loops = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String start : starts) {
      Map<String, Integer> path = new LinkedHashMap<>();
      String at = start;
      while (at != null && !done.contains(at) && !path.containsKey(at)) {
        path.put(at, path.size());
        at = managers.get(at);
      }
      if (at != null && path.containsKey(at)) {
        List<String> walked = new ArrayList<>(path.keySet());
        loops.add(walked.subList(path.get(at), walked.size()));
      }
      done.addAll(path.keySet());
    }
    return loops;
  }

  /** The loop as people read it, from its {@code from}th person back to them: a → b → a. */
  private static String named(List<String> loop, int from) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i <= loop.size(); i++) {
      words.append(i == 0 ? "" : " → ").append(loop.get((from + i) % loop.size()));
    }
    return words.toString();
  }
}
