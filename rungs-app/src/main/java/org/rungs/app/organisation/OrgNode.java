package org.rungs.app.organisation;

import java.util.List;

/**
 * One person in the organisation tree, with what the overview says of them and the first of their
 * direct reports (one level only: each manager's part of the tree is a page of its own).
 *
 * @param standing their level and sub-level, e.g. {@code 2B}, or {@code null} without one
 * @param lastCheckIn how long ago they last agreed a check-in, in words ("4 months ago", "never")
 * @param size how many people are below them, directly or not
 * @param directReports how many report to them directly; {@code reports} may show fewer
 * @param reports the first of their direct reports, by name, without theirs
 */
public record OrgNode(
    long id,
    String name,
    String framework,
    String standing,
    String lastCheckIn,
    boolean disputed,
    boolean ready,
    int size,
    int directReports,
    List<OrgNode> reports) {

  public boolean manages() {
    return directReports > 0;
  }

  /** How many direct reports are not shown here. */
  public int moreReports() {
    return directReports - reports.size();
  }
}
