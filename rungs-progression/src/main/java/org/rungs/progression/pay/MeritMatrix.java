package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rungs.progression.SubLevel;

/**
 * The raise a pay review suggests for each sub-level and stretch of the band, as percent: the
 * further someone has progressed and the lower they sit in their band, the larger the raise.
 *
 * <pre>{@code
 *           first   second  third   top stretch of the band
 * A          3.0     2.0     1.0     0.0
 * B          4.0     3.0     2.0     1.0
 * C          5.0     4.0     3.0     1.5
 * D          6.0     5.0     4.0     2.0
 * MeritMatrix.DEFAULT.suggest(SubLevel.C, 2); // 4.0
 * }</pre>
 *
 * <p>The stretches are those of {@link BandPositions} (quarters by default), so the matrix follows
 * the same configuration as the expectations; below the band counts as the first, above it as the
 * top. Immutable.
 *
 * @param percents for each sub-level, four raises from the first stretch to the top, each from 0 to
 *     50
 */
public record MeritMatrix(Map<SubLevel, List<BigDecimal>> percents) {

  // Before DEFAULT, which the constructor checks against it.
  private static final BigDecimal MAX = BigDecimal.valueOf(50);

  public static final MeritMatrix DEFAULT =
      new MeritMatrix(
          Map.of(
              SubLevel.A, row("3.0", "2.0", "1.0", "0.0"),
              SubLevel.B, row("4.0", "3.0", "2.0", "1.0"),
              SubLevel.C, row("5.0", "4.0", "3.0", "1.5"),
              SubLevel.D, row("6.0", "5.0", "4.0", "2.0")));

  public MeritMatrix {
    Map<SubLevel, List<BigDecimal>> copy = new EnumMap<>(SubLevel.class);
    for (SubLevel subLevel : SubLevel.values()) {
      List<BigDecimal> row = percents.get(subLevel);
      if (row == null || row.size() != 4) {
        throw new IllegalArgumentException(
            "a merit matrix needs four raises for sub-level " + subLevel + ", got " + row);
      }
      for (BigDecimal percent : row) {
        if (percent == null) {
          throw new IllegalArgumentException(
              "a suggested raise is a number from 0 to 50%, got nothing for sub-level " + subLevel);
        }
        // Raises are kept, and paid, to a hundredth of a percent.
        if (percent.stripTrailingZeros().scale() > 2) {
          throw new IllegalArgumentException(
              "a suggested raise has at most 2 decimals, got "
                  + percent.toPlainString()
                  + " for sub-level "
                  + subLevel);
        }
        if (percent.signum() < 0 || percent.compareTo(MAX) > 0) {
          throw new IllegalArgumentException(
              "a suggested raise is from 0 to 50%, got " + percent + " for sub-level " + subLevel);
        }
      }
      copy.put(subLevel, List.copyOf(row));
    }
    percents = Map.copyOf(copy);
  }

  public static List<BigDecimal> row(String... percents) {
    return java.util.Arrays.stream(percents).map(BigDecimal::new).toList();
  }

  /** The suggested raise in percent for {@code subLevel} in stretch {@code step} (1 to 4). */
  public BigDecimal suggest(SubLevel subLevel, int step) {
    if (step < 1 || step > 4) {
      throw new IllegalArgumentException("band stretches are 1 to 4, got " + step);
    }
    return percents.get(subLevel).get(step - 1);
  }
}
