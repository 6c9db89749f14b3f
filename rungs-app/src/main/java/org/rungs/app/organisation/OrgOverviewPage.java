package org.rungs.app.organisation;

import java.util.List;
import org.rungs.app.web.Chrome;

/**
 * The organisation overview, or one manager's part of it: headcount by framework × level ×
 * sub-level, the people to talk to (disputed agreements, ready for the next level, long without an
 * agreed check-in), and one page of the tree.
 *
 * @param top the manager whose part this is, or {@code null} for the whole organisation
 * @param trail the managers above {@code top}, from the top of the organisation down
 * @param nodes one page of {@code top}'s direct reports; without a top, of the viewer's own (a
 *     manager of managers), or for admins of everyone without an active manager
 * @param headcount one row per framework and level, counts by sub-level A–D
 * @param checkInAges how many people last agreed a check-in within each age, newest first
 */
public record OrgOverviewPage(
    Chrome chrome,
    String scope,
    int people,
    OrgNode top,
    List<Crumb> trail,
    List<OrgNode> nodes,
    int page,
    int pages,
    List<Headcount> headcount,
    OrgOverview.Named disputed,
    OrgOverview.Named ready,
    OrgOverview.Named overdue,
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

  /** A manager above the part of the tree shown. */
  public record Crumb(long id, String name) {}

  /** The path of this page. */
  public String path() {
    return top == null ? "/org/" : "/org/" + top.id() + "/";
  }

  /** The query string of another page of the tree. */
  public static String query(int otherPage) {
    return otherPage == 1 ? "" : "?page=" + otherPage;
  }
}
