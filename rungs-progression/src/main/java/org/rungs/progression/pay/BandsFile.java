package org.rungs.progression.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rungs.framework.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the salary bands kept beside the frameworks in {@code bands.yml}, so that bands are
 * reviewed like frameworks, and reports every problem located at its line and column.
 *
 * <pre>{@code
 * # Annual, full-time amounts.
 * currency: GBP                           # every band's, unless it names its own
 * positions: {B: 0.25, C: 0.5, D: 0.75}   # optional: where sub-levels B, C, D start in a band
 * bands:
 *   - framework: /engineering/*           # a framework path, a group ending in /*, or *
 *     zone: london                        # optional; everywhere if left out
 *     from: 2026-01-01                    # the date the band takes effect
 *     levels:
 *       1: {min: 30000, max: 40000}
 *       2: {min: 45000, max: 60000}
 * }</pre>
 *
 * <p>A later entry for the same scope and zone with a later {@code from} keeps the history: bands
 * are never edited in place. Two entries for one scope, level, zone and date are an error.
 *
 * <p>Stateless and thread-safe; bad input never throws. A file with errors gives no bands from the
 * entries in error, and should not be loaded (see {@link Result#isClean()}).
 */
public final class BandsFile {

  /** Far more than any company has: a hostile file cannot make the reader allocate without end. */
  private static final int MAX_CODE_POINTS = 2_000_000;

  private BandsFile() {}

  /**
   * @param bands every band without an error, in file order
   * @param positions where sub-levels start in a band; the default quarters if not given
   */
  public record Result(
      List<SalaryBand> bands, BandPositions positions, List<BandsFileProblem> problems) {
    public Result {
      bands = List.copyOf(bands);
      problems = problems.stream().sorted(BandsFileProblem.BY_LOCATION).toList();
    }

    public boolean isClean() {
      return problems.stream().noneMatch(BandsFileProblem::isError);
    }
  }

  public static Result parse(String text, String fileName) {
    List<BandsFileProblem> problems = new ArrayList<>();
    BandsFileReader reader = new BandsFileReader(fileName, problems);
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setSchema(new CoreSchema())
              .setLabel(fileName)
              .setCodePointLimit(MAX_CODE_POINTS)
              .build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException syntax) {
      int line = syntax.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
      int column = syntax.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(1);
      problems.add(
          new BandsFileProblem(
              fileName, line, column, Severity.ERROR, "not YAML: " + syntax.getProblem()));
      return new Result(List.of(), BandPositions.QUARTERS, problems);
    } catch (YamlEngineException broken) {
      problems.add(
          new BandsFileProblem(fileName, 1, 1, Severity.ERROR, "not YAML: " + broken.getMessage()));
      return new Result(List.of(), BandPositions.QUARTERS, problems);
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
      problems.add(
          new BandsFileProblem(
              fileName, 1, 1, Severity.ERROR, "a bands file is a set of fields: currency, bands"));
      return new Result(List.of(), BandPositions.QUARTERS, problems);
    }
    return reader.read(mapping);
  }
}
