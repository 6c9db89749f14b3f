package org.rungs.app.checkins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.app.evidence.Evidence;
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
      AssessmentStatus proposed,
      String selfNote,
      String managerNote,
      List<Evidence> evidence) {
    public boolean differs() {
      return self != manager;
    }
  }

  /** A focus criterion's words, or its id when the framework no longer has it. */
  public String criterionText(String id) {
    var criterion = framework.criteriaById().get(id);
    return criterion == null ? id : criterion.text();
  }

  /** What the viewer typed in a text field before a refused post, so it is not lost. */
  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }
}
