package org.rungs.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads values out of a composed YAML tree, turning every surprise into a located {@link Problem}
 * instead of an exception. One instance reads one file; not thread-safe.
 */
final class YamlReader {

  /**
   * Deep enough for any real framework, shallow enough that a hostile file cannot blow the stack.
   */
  private static final int MAX_DEPTH = 64;

  private final String source;
  private final int firstLine;
  private final List<Problem> problems;

  YamlReader(String source, int firstLine, List<Problem> problems) {
    this.source = source;
    this.firstLine = firstLine;
    this.problems = problems;
  }

  Location at(Node node) {
    return node.getStartMark()
        .map(mark -> new Location(firstLine + mark.getLine(), mark.getColumn() + 1))
        .orElse(new Location(firstLine, 1));
  }

  void report(Node node, ProblemCode code, String message) {
    Location location = at(node);
    problems.add(Problem.of(source, location.line(), location.column(), code, message));
  }

  /**
   * The fields of a mapping by name, in order. Repeated names are errors (the first is kept, as a
   * reader would expect); unknown names are warnings and land in {@code unknown}.
   */
  Map<String, Node> fields(
      MappingNode mapping, Set<String> known, String where, Map<String, Object> unknown) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (key == null) {
        report(keyNode, ProblemCode.WRONG_TYPE, "a field name in " + where + " must be plain text");
        continue;
      }
      if (fields.containsKey(key) || unknown.containsKey(key)) {
        report(
            keyNode,
            ProblemCode.DUPLICATE_KEY,
            "field '" + key + "' appears twice in " + where + "; the first one is used");
        continue;
      }
      String meant = known.contains(key) ? null : misspeltFrom(key, known, mapping);
      if (known.contains(key)) {
        fields.put(key, tuple.getValueNode());
      } else if (meant != null && !fields.containsKey(meant)) {
        // Read as meant, so that the criteria under a misspelt "criterias:" are not lost; still an
        // error, because other tools reading the file would lose them.
        report(
            keyNode,
            ProblemCode.MISSPELT_FIELD,
            "unknown field '"
                + key
                + "' in "
                + where
                + ": did you mean '"
                + meant
                + "'? It was read as '"
                + meant
                + "'");
        fields.put(meant, tuple.getValueNode());
      } else {
        report(
            keyNode,
            ProblemCode.UNKNOWN_FIELD,
            "unknown field '" + key + "' in " + where + " (kept, but Rungs does not use it)");
        unknown.put(key, plain(tuple.getValueNode(), 0));
      }
    }
    return fields;
  }

  /**
   * The known field {@code key} is most likely a misspelling of (at most two edits away, and not
   * written in the mapping itself), or {@code null}. Short names need a closer match: "tile" is
   * "title", but "id" is not "ix".
   */
  private static String misspeltFrom(String key, Set<String> known, MappingNode mapping) {
    Set<String> written = new java.util.HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar) {
        written.add(scalar.getValue());
      }
    }
    int allowed = key.length() <= 3 ? 0 : key.length() <= 6 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known.stream().sorted().toList()) {
      int distance =
          EditDistance.between(
              key.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
      if (distance <= allowed && distance < bestDistance && !written.contains(name)) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  static boolean isNull(Node node) {
    return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
  }

  /**
   * A scalar's text; {@code null} for a null value; an error and {@code null} for a list or map.
   */
  String text(Node node, String what) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    report(node, ProblemCode.WRONG_TYPE, what + " must be text, not " + describe(node));
    return null;
  }

  /** A whole number, or {@code null} (with an error) for anything else but a null value. */
  Integer integer(Node node, String what, ProblemCode code) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue().trim();
      if (value.matches("[+-]?[0-9]{1,9}")) {
        int number = Integer.parseInt(value);
        if (!Tag.INT.equals(node.getTag())) {
          report(node, code, what + " is written as text \"" + value + "\"; write it as a number");
        }
        return number;
      }
    }
    report(node, code, what + " must be a whole number, not " + describe(node));
    return null;
  }

  /** true or false, or {@code null} (with an error) for anything else but a null value. */
  Boolean bool(Node node, String what) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag())) {
      return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
    }
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue().trim().toLowerCase(java.util.Locale.ROOT);
      if (value.equals("true") || value.equals("false")) {
        report(
            node,
            ProblemCode.WRONG_TYPE,
            what + " is written as text; write true or false unquoted");
        return Boolean.parseBoolean(value);
      }
    }
    report(node, ProblemCode.WRONG_TYPE, what + " must be true or false, not " + describe(node));
    return null;
  }

  /** A list's items; empty (with a warning) for a null value, or (with an error) for others. */
  List<Node> list(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    if (isNull(node)) {
      report(node, ProblemCode.NULL_LIST, what + " is empty; write a list, or leave the field out");
      return List.of();
    }
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    report(node, ProblemCode.WRONG_TYPE, what + " must be a list, not " + describe(node));
    return List.of();
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a set of fields";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "an empty value";
    }
    String value = ((ScalarNode) node).getValue();
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
  }

  /** A value as plain Java objects, for fields Rungs keeps without understanding. */
  static Object plain(Node node, int depth) {
    if (depth > MAX_DEPTH || isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue();
      Tag tag = node.getTag();
      if (Tag.BOOL.equals(tag)) {
        return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
      }
      if (Tag.INT.equals(tag) && value.matches("[+-]?[0-9]{1,18}")) {
        return Long.parseLong(value);
      }
      return value;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(plain(item, depth + 1));
      }
      return items;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      Object key = plain(tuple.getKeyNode(), depth + 1);
      map.putIfAbsent(String.valueOf(key), plain(tuple.getValueNode(), depth + 1));
    }
    return map;
  }
}
