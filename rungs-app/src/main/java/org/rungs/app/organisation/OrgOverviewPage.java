package org.rungs.app.organisation;

import java.util.List;
import org.rungs.app.web.Chrome;

/**
 * The organisation overview: its tree, headcount by framework × level × sub-level, and the people
 * to talk to (disputed agreements, ready for the next level, long without an agreed check-in).
 *
 * @param roots the tops of the tree: the manager themselves, or for admins everyone without an
 *     active manager
 * @param headcount one row per framework and level, counts by sub-level A–D
 * @param checkInAges how many people last agreed a check-in within each age, newest first
 */
public record OrgOverviewPage(
    Chrome chrome,
    String scope,
    int people,
    List<OrgNode> roots,
    List<Headcount> headcount,
    List<OrgNode> disputed,
    List<OrgNode> ready,
    List<AgeCount> checkInAges) {

  /** People at one level of one framework, by sub-level. */
  public record Headcount(String framework, int level, int[] bySubLevel, int unassessed) {
    public int total() {
      int total = unassessed;
      for (int count : bySubLevel) {
        total += count;
      }
      return total;
    }
  }

  /** How many people last agreed a check-in within an age. */
  public record AgeCount(String label, int count) {}
}
