package org.rungs.progression.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rungs.framework.Severity;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the fields of one composed {@code bands.yml} for {@link BandsFile}, turning every surprise
 * into a located {@link BandsFileProblem}. One instance reads one file; not thread-safe.
 */
final class BandsFileReader {
  private final String file;
  private final List<BandsFileProblem> problems;

  BandsFileReader(String file, List<BandsFileProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  BandsFile.Result read(MappingNode root) {
    Map<String, Node> fields = fields(root, Set.of("currency", "positions", "bands"), "the file");
    Currency currency = currency(fields.get("currency"), null);
    BandPositions positions = positions(fields.get("positions"));
    List<SalaryBand> bands = new ArrayList<>();
    Node list = fields.get("bands");
    if (!(list instanceof SequenceNode sequence)) {
      error(list == null ? root : list, "bands must be a list of entries, each with levels");
      return new BandsFile.Result(bands, positions, problems);
    }
    for (Node entry : sequence.getValue()) {
      for (Map.Entry<SalaryBand, Node> band : entry(entry, currency).entrySet()) {
        SalaryBand added = band.getKey();
        Optional<String> conflict =
            bands.stream()
                .map(earlier -> SalaryBands.conflict(earlier, added))
                .flatMap(Optional::stream)
                .findFirst();
        if (conflict.isPresent()) {
          error(band.getValue(), conflict.get());
        } else {
          bands.add(added);
        }
      }
    }
    return new BandsFile.Result(bands, positions, problems);
  }

  /** One entry's bands, each with the node of its level, to locate later problems. */
  private Map<SalaryBand, Node> entry(Node node, Currency defaultCurrency) {
    Map<SalaryBand, Node> bands = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      error(node, "each entry of bands is a set of fields: framework, zone, from, levels");
      return bands;
    }
    Map<String, Node> fields =
        fields(mapping, Set.of("framework", "zone", "from", "currency", "levels"), "a band");
    String scope = required(mapping, fields, "framework");
    String zone = fields.containsKey("zone") ? text(fields.get("zone")) : SalaryBand.ANY_ZONE;
    LocalDate from = date(mapping, fields.get("from"));
    Currency currency = currency(fields.get("currency"), defaultCurrency);
    if (currency == null) {
      error(mapping, "no currency: give the file a currency, or this entry one");
    }
    Node levels = fields.get("levels");
    if (!(levels instanceof MappingNode levelMap)) {
      error(levels == null ? mapping : levels, "levels must map each level to {min, max}");
      return bands;
    }
    for (NodeTuple tuple : levelMap.getValue()) {
      Integer level = level(tuple.getKeyNode());
      BigDecimal[] range = range(tuple.getValueNode());
      if (scope == null
          || zone == null
          || from == null
          || currency == null
          || level == null
          || range == null) {
        continue;
      }
      String problem = SalaryBand.problem(scope, level, zone, range[0], range[1]);
      if (problem != null) {
        error(tuple.getKeyNode(), problem);
        continue;
      }
      bands.put(
          new SalaryBand(scope, level, zone, currency, range[0], range[1], from),
          tuple.getKeyNode());
    }
    return bands;
  }

  private BandPositions positions(Node node) {
    if (node == null) {
      return BandPositions.QUARTERS;
    }
    if (!(node instanceof MappingNode mapping)) {
      error(node, "positions must be {B: 0.25, C: 0.5, D: 0.75}");
      return BandPositions.QUARTERS;
    }
    Map<String, Node> fields = fields(mapping, Set.of("B", "C", "D"), "positions");
    BigDecimal b = number(fields.get("B"), "positions B");
    BigDecimal c = number(fields.get("C"), "positions C");
    BigDecimal d = number(fields.get("D"), "positions D");
    if (b == null || c == null || d == null) {
      error(mapping, "positions needs B, C and D, each a fraction of the band such as 0.25");
      return BandPositions.QUARTERS;
    }
    try {
      return new BandPositions(b.doubleValue(), c.doubleValue(), d.doubleValue());
    } catch (IllegalArgumentException wrong) {
      error(mapping, wrong.getMessage());
      return BandPositions.QUARTERS;
    }
  }

  private BigDecimal[] range(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      error(node, "a level's band is {min: 45000, max: 60000}");
      return null;
    }
    Map<String, Node> fields = fields(mapping, Set.of("min", "max"), "a level's band");
    BigDecimal min = number(fields.get("min"), "min");
    BigDecimal max = number(fields.get("max"), "max");
    if (min == null || max == null) {
      if (!fields.containsKey("min") || !fields.containsKey("max")) {
        error(mapping, "a level's band needs both min and max");
      }
      return null;
    }
    return new BigDecimal[] {min, max};
  }

  private Integer level(Node node) {
    String text = text(node);
    if (text != null && text.matches("[0-9]{1,3}") && Integer.parseInt(text) >= 1) {
      return Integer.parseInt(text);
    }
    error(node, "level \"" + text + "\" is not a whole number from 1");
    return null;
  }

  private BigDecimal number(Node node, String what) {
    if (node == null) {
      return null;
    }
    String text = text(node);
    if (text != null && text.matches("[0-9]{1,12}(\\.[0-9]{1,4})?")) {
      return new BigDecimal(text);
    }
    error(node, what + " \"" + text + "\" is not an amount such as 45000 or 0.25");
    return null;
  }

  private LocalDate date(Node parent, Node node) {
    if (node == null) {
      error(parent, "a band needs from: the date it takes effect, yyyy-mm-dd");
      return null;
    }
    String text = text(node);
    try {
      return LocalDate.parse(String.valueOf(text));
    } catch (DateTimeParseException notADate) {
      error(node, "from \"" + text + "\" is not a date written yyyy-mm-dd");
      return null;
    }
  }

  private Currency currency(Node node, Currency otherwise) {
    if (node == null) {
      return otherwise;
    }
    String code = text(node);
    try {
      return Currency.getInstance(String.valueOf(code));
    } catch (IllegalArgumentException unknown) {
      error(node, "currency \"" + code + "\" is not an ISO 4217 code such as GBP or EUR");
      return null;
    }
  }

  private String required(Node parent, Map<String, Node> fields, String name) {
    Node node = fields.get(name);
    if (node == null) {
      error(parent, "a band needs " + name);
      return null;
    }
    return text(node);
  }

  private String text(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().strip();
    }
    error(node, "expected a single value here, not a list or a set of fields");
    return null;
  }

  private Map<String, Node> fields(MappingNode mapping, Set<String> known, String where) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (key == null || !known.contains(key)) {
        error(
            tuple.getKeyNode(),
            "unknown field \""
                + key
                + "\" in "
                + where
                + "; known: "
                + String.join(", ", known.stream().sorted().toList()));
      } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
        error(tuple.getKeyNode(), "field \"" + key + "\" appears twice in " + where);
      }
    }
    return fields;
  }

  private void error(Node node, String message) {
    int line = node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    int column = node.getStartMark().map(mark -> mark.getColumn() + 1).orElse(1);
    problems.add(new BandsFileProblem(file, line, column, Severity.ERROR, message));
  }
}
