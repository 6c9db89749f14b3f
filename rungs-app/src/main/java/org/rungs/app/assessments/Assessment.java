package org.rungs.app.assessments;

import org.rungs.progression.AssessmentStatus;
import org.rungs.progression.AssessmentView;

/**
 * One person's assessment of one criterion: their own view, their manager's, and the agreed one.
 *
 * @param criterionText the criterion's wording when it was last assessed, to notice reworded
 *     criteria
 * @param version increases with every change, for conflict detection
 */
public record Assessment(
    long personId,
    String framework,
    String criterionId,
    String criterionText,
    AssessmentStatus self,
    String selfNote,
    AssessmentStatus manager,
    String managerNote,
    AssessmentStatus agreed,
    String agreedNote,
    int version) {

  public AssessmentStatus status(AssessmentView view) {
    return switch (view) {
      case SELF -> self;
      case MANAGER -> manager;
      case AGREED -> agreed;
    };
  }
}
