package org.rungs.progression.pay;

import java.util.List;
import org.rungs.progression.SubLevel;

/**
 * One person in a calibration view.
 *
 * @param demonstrated the criteria of the level agreed as demonstrated
 * @param criteria the level's criteria that apply to the person
 * @param share {@code demonstrated / criteria}, from 0 to 1
 * @param monthsAtLevel whole months at the level, or {@code null} if unknown
 * @param bandPosition where their salary sits in the band, or {@code null} (no pay, no band, or a
 *     reader who may not see pay)
 * @param flags pay flags; empty where the band position is left out
 * @param readyForPromotion at D with a level above
 */
public record CalibrationRow(
    String personId,
    SubLevel subLevel,
    int demonstrated,
    int criteria,
    double share,
    Integer monthsAtLevel,
    Double bandPosition,
    List<PayFlag> flags,
    boolean readyForPromotion) {

  public CalibrationRow {
    flags = List.copyOf(flags);
  }
}
