package org.rungs.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one item of a content entry's {@code criteria} or {@code exampleCriteria} into a {@link
 * WrittenCriterion} with its explicit id, if it has a valid one, recovering what an author most
 * likely meant when YAML read the criterion as something other than text. One instance reads one
 * file; not thread-safe.
 */
final class CriterionReader {

  private static final Set<String> CRITERION_FIELDS = Set.of("id", "text");
  private static final Set<String> EXAMPLE_FIELDS = Set.of("id", "criteria", "examples");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final YamlReader yaml;

  CriterionReader(YamlReader yaml) {
    this.yaml = yaml;
  }

  Optional<WrittenCriterion> criterion(Node item, String at) {
    if (item instanceof MappingNode mapping && hasKey(mapping, "text")) {
      Map<String, Object> extra = new LinkedHashMap<>();
      Map<String, Node> fields =
          yaml.fields(mapping, CRITERION_FIELDS, "a criterion of " + at, extra);
      String text = yaml.text(fields.get("text"), "a criterion's text");
      return criterionText(text, item, at)
          .map(clean -> written(fields.get("id"), clean, List.of(), item));
    }
    if (item instanceof MappingNode || item instanceof SequenceNode) {
      String recovered = recoveredText(item);
      yaml.report(
          item,
          ProblemCode.CRITERION_NOT_TEXT,
          "a criterion of "
              + at
              + " is "
              + YamlReader.describe(item)
              + (recovered == null ? "" : "; read as \"" + recovered + "\"")
              + ": put the whole criterion in double quotes");
      return Optional.ofNullable(recovered).map(text -> written(null, text, List.of(), item));
    }
    if (item instanceof ScalarNode scalar
        && !YamlReader.isNull(item)
        && !Tag.STR.equals(item.getTag())) {
      yaml.report(
          item,
          ProblemCode.CRITERION_NOT_STRING,
          "a criterion of "
              + at
              + " is written as "
              + YamlReader.describe(item)
              + ", not text; put it in double quotes");
      return criterionText(scalar.getValue(), item, at)
          .map(text -> written(null, text, List.of(), item));
    }
    String text = yaml.text(item, "a criterion");
    return criterionText(text, item, at).map(clean -> written(null, clean, List.of(), item));
  }

  Optional<WrittenCriterion> exampleCriterion(Node item, String at) {
    if (item instanceof ScalarNode scalar && !YamlReader.isNull(item)) {
      yaml.report(
          item,
          ProblemCode.EXAMPLE_WITHOUT_EXAMPLES,
          "an example criterion of "
              + at
              + " is plain text; write '- criteria: \"...\"' with 'examples:'");
      return criterionText(scalar.getValue(), item, at)
          .map(text -> written(null, text, List.of(), item));
    }
    if (!(item instanceof MappingNode mapping)) {
      return criterion(item, at);
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Node> fields =
        yaml.fields(mapping, EXAMPLE_FIELDS, "an example criterion of " + at, extra);
    String text = yaml.text(fields.get("criteria"), "an example criterion's criteria");
    Optional<String> clean = criterionText(text, item, at);
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    List<String> examples = new ArrayList<>();
    Node examplesNode = fields.get("examples");
    if (examplesNode == null || YamlReader.isNull(examplesNode)) {
      yaml.report(
          examplesNode == null ? item : examplesNode,
          ProblemCode.EXAMPLE_WITHOUT_EXAMPLES,
          "example criterion \"" + abbreviated(clean.get()) + "\" has no examples");
    }
    for (Node example :
        examplesNode == null || YamlReader.isNull(examplesNode)
            ? List.<Node>of()
            : yaml.list(examplesNode, "examples of \"" + abbreviated(clean.get()) + "\"")) {
      String exampleText =
          example instanceof ScalarNode scalar && !YamlReader.isNull(example)
              ? scalar.getValue()
              : yaml.text(example, "an example");
      if (exampleText != null && !exampleText.isBlank()) {
        examples.add(exampleText.strip());
      }
    }
    return Optional.of(written(fields.get("id"), clean.get(), examples, item));
  }

  private Optional<String> criterionText(String text, Node node, String at) {
    if (text == null || text.isBlank()) {
      yaml.report(
          node, ProblemCode.EMPTY_CRITERION, "an empty criterion in " + at + " is left out");
      return Optional.empty();
    }
    return Optional.of(text.strip());
  }

  private WrittenCriterion written(Node idNode, String text, List<String> examples, Node at) {
    String id = yaml.text(idNode, "a criterion's id");
    if (id != null) {
      id = id.strip();
      if (!ID.matcher(id).matches() || id.equals("main") || id.equals("sidebar")) {
        yaml.report(
            idNode,
            ProblemCode.INVALID_CRITERION_ID,
            "criterion id \""
                + id
                + "\" may only have letters, digits, '.', '_' and '-', and may not be 'main' or"
                + " 'sidebar' (parts of every page); a derived id is used instead");
        id = null;
      }
    }
    return new WrittenCriterion(id, text, examples, yaml.at(at));
  }

  private static boolean hasKey(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .anyMatch(
            tuple ->
                tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue()));
  }

  /** "Key: value" for a criterion whose unquoted ': ' made YAML read it as a field. */
  private static String recoveredText(Node node) {
    if (node instanceof MappingNode mapping && mapping.getValue().size() == 1) {
      var tuple = mapping.getValue().get(0);
      if (tuple.getKeyNode() instanceof ScalarNode key
          && tuple.getValueNode() instanceof ScalarNode value) {
        String text =
            YamlReader.isNull(value) ? key.getValue() : key.getValue() + ": " + value.getValue();
        return text.isBlank() ? null : text.strip();
      }
    }
    return null;
  }

  private static String abbreviated(String text) {
    return text.length() > 50 ? text.substring(0, 50) + "…" : text;
  }
}
