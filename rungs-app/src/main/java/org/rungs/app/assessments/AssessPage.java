package org.rungs.app.assessments;

import java.util.List;
import java.util.Map;
import org.rungs.app.evidence.Evidence;
import org.rungs.app.people.Person;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.Topic;
import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;

/** The assess page: one level's criteria by topic, with the viewer's own view editable. */
public record AssessPage(
    Chrome chrome,
    Person person,
    Framework framework,
    int level,
    AssessmentView view,
    List<Card> cards,
    Csrf csrf,
    List<String> messages,
    boolean saved,
    Map<String, String> typed) {

  /** What was typed into a field of a refused form, so it is not lost; else what is stored. */
  public String typedOr(String field, String stored) {
    return typed.getOrDefault(field, stored);
  }

  /**
   * One criterion's row: what each side said, the version the form was built from, and the evidence
   * for it, newest first.
   */
  public record Row(Criterion criterion, Assessment assessment, List<Evidence> evidence) {
    public AssessmentStatus status(AssessmentView view) {
      return assessment == null ? null : assessment.status(view);
    }

    public int version() {
      return assessment == null ? 0 : assessment.version();
    }

    /**
     * The wording that was assessed, when the criterion has been reworded since (its assessment was
     * carried over to the new wording); empty when it reads as it did.
     */
    public java.util.Optional<String> assessedWording() {
      return assessment == null || assessment.criterionText().equals(criterion.text())
          ? java.util.Optional.empty()
          : java.util.Optional.of(assessment.criterionText());
    }

    public String note(AssessmentView view) {
      if (assessment == null) {
        return "";
      }
      String note =
          switch (view) {
            case SELF -> assessment.selfNote();
            case MANAGER -> assessment.managerNote();
            case AGREED -> assessment.agreedNote();
          };
      return note == null ? "" : note;
    }
  }

  /** A topic's card on the assess page. */
  public record Card(Topic topic, List<Row> rows) {}
}
