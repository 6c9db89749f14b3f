package org.rungs.progression.frameworkimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The Financial Times' engineering-progression competencies ({@code data/competencies.yml}): a list
 * of items with a {@code summary} (the criterion), {@code examples}, a {@code level} id (such as
 * {@code junior-to-mid}) and an {@code area} (the topic). Levels are numbered in the order the file
 * first names them; other fields ({@code id}, {@code description}, {@code domain}) are not used.
 */
final class FinancialTimesYaml {

  private FinancialTimesYaml() {}

  static void read(String text, String file, Draft draft, List<ImportProblem> problems) {
    Optional<Node> root;
    try {
      root =
          new Compose(LoadSettings.builder().setSchema(new CoreSchema()).setLabel(file).build())
              .composeString(text);
    } catch (MarkedYamlEngineException invalid) {
      String where =
          invalid
              .getProblemMark()
              .map(mark -> file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
              .orElse(file);
      problems.add(new ImportProblem(where, "not YAML: " + invalid.getProblem()));
      return;
    }
    Node items = root.map(node -> competencies(node)).orElse(null);
    if (!(items instanceof SequenceNode list)) {
      problems.add(
          new ImportProblem(
              file + ":1:1", "expected a list of competencies (summary, level, area, examples)"));
      return;
    }
    for (Node item : list.getValue()) {
      read(item, file, draft, problems);
    }
  }

  /** The list itself, or a {@code competencies:} field holding it. */
  private static Node competencies(Node root) {
    return root instanceof MappingNode mapping ? field(mapping, "competencies") : root;
  }

  private static void read(Node item, String file, Draft draft, List<ImportProblem> problems) {
    String where = where(file, item);
    if (!(item instanceof MappingNode mapping)) {
      problems.add(new ImportProblem(where, "a competency must be fields; left out"));
      return;
    }
    String summary = text(field(mapping, "summary"));
    String level = text(field(mapping, "level"));
    String area = text(field(mapping, "area"));
    List<String> missing = new ArrayList<>();
    if (summary == null) {
      missing.add("summary");
    }
    if (level == null) {
      missing.add("level");
    }
    if (area == null) {
      missing.add("area");
    }
    if (!missing.isEmpty()) {
      problems.add(
          new ImportProblem(
              where, "competency without " + String.join(", ", missing) + "; left out"));
      return;
    }
    List<String> examples = new ArrayList<>();
    Node examplesNode = field(mapping, "examples");
    if (examplesNode instanceof SequenceNode list) {
      for (Node example : list.getValue()) {
        String value = text(example);
        if (value == null) {
          problems.add(
              new ImportProblem(where(file, example), "an example must be text; left out"));
        } else {
          examples.add(value);
        }
      }
    }
    // Areas are ids such as "technical"; a card's title reads better capitalised.
    String title = area.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + area.substring(1);
    draft.add(title, draft.level(level), summary, examples);
  }

  private static Node field(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode name && key.equals(name.getValue())) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  private static String text(Node node) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(node.getTag())) {
      String value = scalar.getValue().strip();
      return value.isEmpty() ? null : value.replaceAll("\\s+", " ");
    }
    return null;
  }

  private static String where(String file, Node node) {
    return node.getStartMark()
        .map(mark -> file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
        .orElse(file);
  }
}
