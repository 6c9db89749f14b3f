package org.rungs.app.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.LevelChange;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.Standing;
import org.rungs.progression.Standings;
import org.rungs.progression.SubLevelThresholds;

/**
 * A person's standing at each agreed check-in, rebuilt from the audit trail: the agreed statuses
 * are replayed up to the audit entry that recorded the check-in's agreement (entries are numbered
 * in commit order, so the statuses that agreement wrote are in and later ones are not), and the
 * level is the one the level history gives for that day (the person's level now when it has none).
 * Only the person's current framework counts, as on Where I stand. Pure: no database, no Spring.
 */
final class StandingOverTime {

  /** A check-in's agreement: the day, and the number of the audit entry that recorded it. */
  record Agreement(LocalDate day, long auditNumber) {}

  private StandingOverTime() {}

  static List<StandingPoint> of(
      Framework framework,
      Integer currentLevel,
      List<Agreement> agreements,
      List<AuditTrail.Numbered> assessmentChanges,
      List<LevelChange> levels,
      SubLevelThresholds thresholds) {
    String prefix = ":" + framework.path() + ":";
    List<StandingPoint> points = new ArrayList<>();
    Map<CriterionId, AssessmentStatus> agreed = new HashMap<>();
    int next = 0;
    for (Agreement agreement : agreements) {
      while (next < assessmentChanges.size()
          && assessmentChanges.get(next).id() < agreement.auditNumber()) {
        apply(assessmentChanges.get(next++).event(), prefix, agreed);
      }
      Integer level = levelOn(agreement.day(), framework.path(), levels, currentLevel);
      if (level == null || !framework.hasLevel(level)) {
        continue;
      }
      Standing standing = Standings.of(framework, level, agreed, null, thresholds);
      points.add(new StandingPoint(agreement.day(), level, standing.subLevel()));
    }
    return points;
  }

  private static void apply(
      AuditTrail.Event event, String prefix, Map<CriterionId, AssessmentStatus> agreed) {
    int at = event.entityId().indexOf(prefix);
    if (!"assess-agreed".equals(event.action()) || at < 0) {
      return;
    }
    CriterionId criterion = new CriterionId(event.entityId().substring(at + prefix.length()));
    String after = event.after();
    if (after == null || after.equals("null")) {
      agreed.remove(criterion);
    } else {
      agreed.put(criterion, AssessmentStatus.valueOf(after));
    }
  }

  private static Integer levelOn(
      LocalDate day, String framework, List<LevelChange> levels, Integer currentLevel) {
    Integer level = null;
    boolean any = false;
    for (LevelChange change : levels) {
      if (!framework.equals(change.framework())) {
        continue;
      }
      any = true;
      if (!change.since().isAfter(day)) {
        level = change.level();
      }
    }
    return any ? (level == null ? currentLevel : level) : currentLevel;
  }
}
