package org.rungs.progression;

/** Where a person is with one criterion, as they, their manager, or both together see it. */
public enum AssessmentStatus {
  NOT_YET,
  WORKING_TOWARDS,
  DEMONSTRATED,
  /** The criterion does not apply in this person's role; it needs a reason and is not counted. */
  NOT_APPLICABLE;

  /** Words for people, e.g. "working towards". */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
