package org.rungs.app.pay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the calibration view narrows everyone at one level of a framework: to a team (everyone under
 * a manager, however many levels down), to a manager's direct reports, and to a pay zone. Each is
 * optional ({@code null}: everyone); together they all apply.
 *
 * <pre>{@code
 * new CalibrationFilter(12L, null, "London").query(); // "&team=12&zone=London"
 * }</pre>
 *
 * <p>The zone is pay data, so only admins may filter by it; the team and manager must be people the
 * viewer may see. Both are checked by {@link Pay#calibration}, not here.
 *
 * @param team the id of the manager whose whole organisation to show
 * @param manager the id of the manager whose direct reports to show
 * @param zone the pay zone (location) people are paid in today
 */
public record CalibrationFilter(Long team, Long manager, String zone) {

  public static final CalibrationFilter NONE = new CalibrationFilter(null, null, null);

  public CalibrationFilter {
    zone = zone == null || zone.isBlank() ? null : zone.strip();
  }

  /** Whether anything narrows the view. */
  public boolean narrows() {
    return team != null || manager != null || zone != null;
  }

  /** The filter as query parameters to append to a link (each starting with {@code &}). */
  public String query() {
    StringBuilder query = new StringBuilder();
    if (team != null) {
      query.append("&team=").append(team);
    }
    if (manager != null) {
      query.append("&manager=").append(manager);
    }
    if (zone != null) {
      query.append("&zone=").append(URLEncoder.encode(zone, StandardCharsets.UTF_8));
    }
    return query.toString();
  }
}
