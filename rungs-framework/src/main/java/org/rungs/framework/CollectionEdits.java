package org.rungs.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The changes an edit makes to YAML collections and scalars, as splices of an {@link EditableFile}
 * laid out like their neighbours: a new item copies the previous item's dash and indentation, a new
 * field the column of its mapping's first field. A layout it cannot follow safely is refused.
 */
final class CollectionEdits {

  /** What may stand before a block sequence item on its line: indentation, a dash, blanks. */
  private static final Pattern ITEM_PREFIX = Pattern.compile("[ ]*-[ \\t]+");

  private final EditableFile file;

  CollectionEdits(EditableFile file) {
    this.file = file;
  }

  /** Replaces a scalar's text, keeping its quoting style if it can hold the new text. */
  void replaceScalar(Node node, String text) {
    if (!(node instanceof ScalarNode scalar)) {
      throw refused(node, "this value is " + YamlReader.describe(node) + ", not text");
    }
    file.replace(node, YamlScalars.of(text, Optional.of(scalar.getScalarStyle())));
  }

  /** Appends an item after the sequence's last one. */
  void append(SequenceNode sequence, YamlItem item) {
    List<Node> items = sequence.getValue();
    if (sequence.getFlowStyle() == FlowStyle.FLOW) {
      if (items.isEmpty()) {
        int open = file.start(sequence) + 1;
        file.replace(open, open, item.flow());
      } else {
        int end = file.end(items.get(items.size() - 1));
        file.replace(end, end, ", " + item.flow());
      }
      return;
    }
    Node last = items.get(items.size() - 1);
    file.insertLinesAfter(
        file.contentEnd(last), item.indented(prefix(last), EditableFile.column(last)));
  }

  /** Inserts an item before {@code next}, an item of a block sequence. */
  void insertBefore(Node next, YamlItem item) {
    file.insertLinesBefore(
        file.start(next), item.indented(prefix(next), EditableFile.column(next)));
  }

  /** Inserts an item after {@code previous}, an item of a block sequence. */
  void insertAfter(Node previous, YamlItem item) {
    file.insertLinesAfter(
        file.contentEnd(previous), item.indented(prefix(previous), EditableFile.column(previous)));
  }

  /** Removes an item; the whole field {@code key} of {@code owner} when it is the only one. */
  void remove(MappingNode owner, String key, SequenceNode sequence, Node item) {
    List<Node> items = sequence.getValue();
    if (items.size() == 1) {
      removeField(owner, key);
      return;
    }
    if (sequence.getFlowStyle() == FlowStyle.FLOW) {
      int index = items.indexOf(item);
      if (index < items.size() - 1) {
        file.replace(file.start(item), file.start(items.get(index + 1)), "");
      } else {
        file.replace(file.end(items.get(index - 1)), file.end(item), "");
      }
      return;
    }
    prefix(item);
    int from = file.lineStart(file.start(item));
    file.replace(from, file.nextLineStart(file.contentEnd(item)), "");
  }

  private void removeField(MappingNode owner, String key) {
    NodeTuple tuple = EditableFile.tuple(owner, key).orElseThrow();
    int keyStart = file.start(tuple.getKeyNode());
    if (owner.getFlowStyle() == FlowStyle.FLOW || !file.onlyBlanksBefore(keyStart)) {
      throw refused(tuple.getKeyNode(), "'" + key + "' does not start its own line");
    }
    file.replace(
        file.lineStart(keyStart), file.nextLineStart(file.contentEnd(tuple.getValueNode())), "");
  }

  /** Adds a field holding a list of {@code items} at the end of a block or flow mapping. */
  void addListField(MappingNode mapping, String key, List<YamlItem> items) {
    if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getValue().isEmpty()) {
      List<String> flow = items.stream().map(YamlItem::flow).toList();
      addFlowField(mapping, key + ": [" + String.join(", ", flow) + "]");
      return;
    }
    int column = EditableFile.column(mapping.getValue().get(0).getKeyNode());
    List<String> lines = new ArrayList<>();
    lines.add(" ".repeat(column) + key + ":");
    for (YamlItem item : items) {
      lines.addAll(item.indented(" ".repeat(column + 2) + "- ", column + 4));
    }
    file.insertLinesAfter(file.contentEnd(mapping), lines);
  }

  /** Adds {@code key: scalar} after the field {@code after}, or at the end of the mapping. */
  void addScalarField(MappingNode mapping, String key, String scalar, String after) {
    if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getValue().isEmpty()) {
      addFlowField(mapping, key + ": " + scalar);
      return;
    }
    int column = EditableFile.column(mapping.getValue().get(0).getKeyNode());
    int end =
        EditableFile.tuple(mapping, after)
            .map(tuple -> valueEnd(tuple))
            .orElse(file.contentEnd(mapping));
    file.insertLinesAfter(end, List.of(" ".repeat(column) + key + ": " + scalar));
  }

  /** Sets a field's value that is empty ({@code key:} with nothing, or {@code ~}). */
  void fillEmpty(NodeTuple tuple, String value) {
    Node node = tuple.getValueNode();
    if (file.start(node) == file.end(node)) {
      int afterColon = file.end(tuple.getKeyNode()) + 1;
      file.replace(afterColon, afterColon, " " + value);
    } else {
      file.replace(node, value);
    }
  }

  /** Renames a field whose name is written plainly. */
  void renameKey(NodeTuple tuple, String key) {
    Node name = tuple.getKeyNode();
    if (!(name instanceof ScalarNode scalar) || scalar.getScalarStyle() != ScalarStyle.PLAIN) {
      throw refused(name, "this field's name is not written plainly");
    }
    file.replace(name, key);
  }

  private void addFlowField(MappingNode mapping, String field) {
    if (mapping.getFlowStyle() != FlowStyle.FLOW) {
      throw refused(mapping, "this set of fields is empty");
    }
    List<NodeTuple> fields = mapping.getValue();
    if (fields.isEmpty()) {
      int open = file.start(mapping) + 1;
      file.replace(open, open, field);
    } else {
      int end = valueEnd(fields.get(fields.size() - 1));
      file.replace(end, end, ", " + field);
    }
  }

  private int valueEnd(NodeTuple tuple) {
    Node value = tuple.getValueNode();
    return file.start(value) == file.end(value)
        ? file.end(tuple.getKeyNode())
        : file.contentEnd(value);
  }

  /** The dash and indentation before a block sequence item, e.g. {@code " - "}. */
  private String prefix(Node item) {
    int start = file.start(item);
    String prefix = file.text(file.lineStart(start), start);
    if (!ITEM_PREFIX.matcher(prefix).matches()) {
      throw refused(item, "this list item does not start its own line with '- '");
    }
    return prefix;
  }

  static EditRefused refused(Node node, String message) {
    return new EditRefused(EditableFile.location(node), message);
  }
}
