package org.rungs.app.assessments;

import org.rungs.progression.AssessmentStatus;

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

  /** Whose view of the criterion. */
  public enum View {
    SELF,
    MANAGER,
    AGREED
  }

  public AssessmentStatus status(View view) {
    return switch (view) {
      case SELF -> self;
      case MANAGER -> manager;
      case AGREED -> agreed;
    };
  }
}
