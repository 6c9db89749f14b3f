package org.rungs.app.checkins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.progression.AssessmentStatus;

/** A person's check-ins page: the open check-in with both sides' statuses, and the history. */
public record CheckInsPage(
    Chrome chrome,
    Person person,
    Framework framework,
    Optional<CheckIn> open,
    List<CheckIn> history,
    boolean viewerIsPerson,
    boolean viewerIsManager,
    List<Side> sides,
    Csrf csrf,
    String message,
    Map<String, String> typed) {
  /** A criterion as both sides see it, with the status the agreement form proposes. */
  public record Side(
      Criterion criterion,
      int level,
      AssessmentStatus self,
      AssessmentStatus manager,
      AssessmentStatus proposed) {
    public boolean differs() {
      return self != manager;
    }
  }

  /** What the viewer typed in a text field before a refused post, so it is not lost. */
  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }
}
