package org.rungs.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A framework file's text exactly as written (line ends included, BOM excluded) with its front
 * matter composed into YAML nodes that point back into it, and the splices an edit makes. Text
 * outside the splices is never touched. One instance serves one edit; not thread-safe.
 */
final class EditableFile {

  /** A replacement of {@code text[from, to)}. */
  private record Splice(int from, int to, String with) {}

  private final String text;
  private final String yaml;
  private final int yamlStart;
  private final MappingNode root;
  private final String lineEnd;
  private final List<Splice> splices = new ArrayList<>();
  private final List<Splice> lineInsertions = new ArrayList<>();

  private EditableFile(String text, String yaml, int yamlStart, MappingNode root) {
    this.text = text;
    this.yaml = yaml;
    this.yamlStart = yamlStart;
    this.root = root;
    this.lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** The file's nodes, if its front matter is a closed, composable mapping. */
  static Optional<EditableFile> of(String text) {
    // Unclosed front matter is read as YAML to the end of the file, as the parser reads it.
    if (!(FrontMatter.split(text) instanceof FrontMatter.Found found)) {
      return Optional.empty();
    }
    String yaml = found.frontMatter().yaml();
    LoadSettings settings =
        LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(true).build();
    try {
      Optional<Node> node = new Compose(settings).composeString(yaml);
      return node.filter(MappingNode.class::isInstance)
          .map(
              mapping ->
                  new EditableFile(text, yaml, text.indexOf('\n') + 1, (MappingNode) mapping));
    } catch (RuntimeException | StackOverflowError unreadable) {
      return Optional.empty();
    }
  }

  MappingNode root() {
    return root;
  }

  String lineEnd() {
    return lineEnd;
  }

  /** Where a node's text starts. */
  int start(Node node) {
    return offset(node.getStartMark().orElseThrow());
  }

  /** Where a node's text ends (for block scalars: the start of the line after them). */
  int end(Node node) {
    return offset(node.getEndMark().orElseThrow());
  }

  private int offset(Mark mark) {
    return yamlStart + yaml.offsetByCodePoints(0, mark.getIndex());
  }

  /** The node's column, counting from 0, as YAML's indentation counts it. */
  static int column(Node node) {
    return node.getStartMark().orElseThrow().getColumn();
  }

  /** The file line (from 1) the node starts on, as {@link Location}s count. */
  static Location location(Node node) {
    Mark mark = node.getStartMark().orElseThrow();
    return new Location(2 + mark.getLine(), mark.getColumn() + 1);
  }

  String source(Node node) {
    return text.substring(start(node), end(node));
  }

  String text(int from, int to) {
    return text.substring(from, to);
  }

  /** Where the last piece of text that belongs to {@code node} ends, comments and blanks aside. */
  int contentEnd(Node node) {
    if (node instanceof MappingNode mapping
        && mapping.getFlowStyle() == FlowStyle.BLOCK
        && !mapping.getValue().isEmpty()) {
      NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
      Node value = last.getValueNode();
      return value instanceof ScalarNode && start(value) == end(value)
          ? end(last.getKeyNode())
          : contentEnd(value);
    }
    if (node instanceof SequenceNode sequence
        && sequence.getFlowStyle() == FlowStyle.BLOCK
        && !sequence.getValue().isEmpty()) {
      return contentEnd(sequence.getValue().get(sequence.getValue().size() - 1));
    }
    return end(node);
  }

  boolean atLineStart(int offset) {
    return offset == 0 || text.charAt(offset - 1) == '\n';
  }

  int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Where the line holding {@code offset} ends, before its line break. */
  int lineEndOf(int offset) {
    int newline = text.indexOf('\n', offset);
    if (newline < 0) {
      return text.length();
    }
    return newline > 0 && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
  }

  /** The start of the line after the one holding {@code offset}, or offset if it starts one. */
  int nextLineStart(int offset) {
    if (atLineStart(offset)) {
      return offset;
    }
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** Whether only spaces and tabs stand between the start of its line and {@code offset}. */
  boolean onlyBlanksBefore(int offset) {
    return text.substring(lineStart(offset), offset).isBlank();
  }

  void replace(int from, int to, String with) {
    splices.add(new Splice(from, to, with));
  }

  /** Replaces a node's text up to {@link #contentEnd}, keeping a line end it ends with. */
  void replace(Node node, String with) {
    int to = contentEnd(node);
    replace(start(node), to, atLineStart(to) ? with + lineEnd : with);
  }

  /**
   * Puts whole lines after the line on which {@code offset} lies; if that place is removed by
   * another splice, right after the removed text.
   */
  void insertLinesAfter(int offset, List<String> lines) {
    lineInsertions.add(
        new Splice(nextLineStart(offset), -1, String.join(lineEnd, lines) + lineEnd));
  }

  /** Puts whole lines before the line on which {@code offset} lies. */
  void insertLinesBefore(int offset, List<String> lines) {
    int at = lineStart(offset);
    replace(at, at, String.join(lineEnd, lines) + lineEnd);
  }

  /** The text with every splice made; splices must not overlap. */
  String edited() {
    List<Splice> all = new ArrayList<>(splices);
    for (Splice insertion : lineInsertions) {
      int at = insertion.from();
      for (Splice removal : splices) {
        if (removal.from() < at && at < removal.to()) {
          at = removal.to();
        }
      }
      all.add(new Splice(at, at, insertion.with()));
    }
    List<Splice> ordered =
        all.stream()
            .sorted(Comparator.comparingInt(Splice::from).thenComparingInt(Splice::to))
            .toList();
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Splice splice : ordered) {
      if (splice.from() < at) {
        throw new IllegalStateException("overlapping edits at offset " + splice.from());
      }
      out.append(text, at, splice.from()).append(splice.with());
      at = splice.to();
    }
    return out.append(text.substring(at)).toString();
  }

  static Optional<Node> field(MappingNode mapping, String key) {
    return tuple(mapping, key).map(NodeTuple::getValueNode);
  }

  /** The first field named {@code key}, as the parser reads it. */
  static Optional<NodeTuple> tuple(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode name && key.equals(name.getValue()))
        .findFirst();
  }
}
