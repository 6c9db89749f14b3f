package org.rungs.app.organisation;

import java.util.List;

/**
 * One person in the organisation tree, with what the overview says of them and who reports to them.
 *
 * @param standing their level and sub-level, e.g. {@code 2B}, or {@code null} without one
 * @param lastCheckIn how long ago they last agreed a check-in, in words ("4 months ago", "never")
 * @param size how many people are below them, directly or not
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
    List<OrgNode> reports) {

  public boolean manages() {
    return !reports.isEmpty();
  }
}
