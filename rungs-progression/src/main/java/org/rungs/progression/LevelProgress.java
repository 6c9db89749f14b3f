package org.rungs.progression;

/**
 * How many of one level's criteria a person has demonstrated.
 *
 * @param criteria the level's criteria that apply to the person (not applicable ones left out)
 * @param notApplicable the level's criteria agreed as not applicable here
 */
public record LevelProgress(int level, int demonstrated, int criteria, int notApplicable) {

  public LevelProgress {
    if (level < 1
        || demonstrated < 0
        || criteria < 0
        || notApplicable < 0
        || demonstrated > criteria) {
      throw new IllegalArgumentException(
          "impossible progress: level "
              + level
              + ", "
              + demonstrated
              + " of "
              + criteria
              + " demonstrated, "
              + notApplicable
              + " not applicable");
    }
  }

  /** The demonstrated share, from 0 to 1; 0 for a level without criteria. */
  public double share() {
    return criteria == 0 ? 0 : (double) demonstrated / criteria;
  }
}
