package org.rungs.framework;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes a {@link FrameworkDocument} back in the Monzo format, as Monzo's own files are laid out:
 * double-quoted text, two-space indents, fields in the usual order, unknown fields after them.
 *
 * <p>Reading the result gives the same frameworks (the round trip), with repairs such as
 * mis-encoded text kept repaired. Stateless and thread-safe.
 */
public final class FrameworkWriter {

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setWidth(Integer.MAX_VALUE)
          .build();

  private FrameworkWriter() {}

  public static String write(FrameworkDocument document) {
    List<NodeTuple> fields = new ArrayList<>();
    put(fields, "path", text(document.path()));
    putIfWritten(fields, "title", document.title());
    putIfWritten(fields, "sidebarTitle", document.sidebarTitle());
    putIfWritten(fields, "sidebarGroup", document.sidebarGroup());
    put(fields, "yaml", scalar(Tag.BOOL, Boolean.toString(document.levelled())));
    if (document.levelled() || document.declaredLevels() != null) {
      put(fields, "levels", scalar(Tag.INT, Integer.toString(document.levels())));
    }
    if (document.homepage() != null) {
      put(fields, "homepage", scalar(Tag.BOOL, document.homepage().toString()));
    }
    putAll(fields, document.extraFields());
    if (!document.topics().isEmpty()) {
      put(
          fields,
          "topics",
          sequence(document.topics().stream().map(FrameworkWriter::topic).toList()));
    }
    StringBuilder out = new StringBuilder("---\n");
    out.append(yaml(new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK)));
    out.append("---\n");
    out.append(document.body());
    return out.toString();
  }

  private static Node topic(WrittenTopic topic) {
    List<NodeTuple> fields = new ArrayList<>();
    put(fields, "name", text(topic.name()));
    put(fields, "title", topic.title() == null ? nothing() : text(topic.title()));
    if (topic.description() != null) {
      put(fields, "description", text(topic.description()));
    }
    putAll(fields, topic.extraFields());
    put(
        fields,
        "content",
        sequence(topic.content().stream().map(FrameworkWriter::content).toList()));
    return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
  }

  private static Node content(LevelContent content) {
    List<NodeTuple> fields = new ArrayList<>();
    put(fields, "level", scalar(Tag.INT, Integer.toString(content.level())));
    if (!content.criteria().isEmpty()) {
      put(
          fields,
          "criteria",
          sequence(content.criteria().stream().map(FrameworkWriter::criterion).toList()));
    }
    if (!content.exampleCriteria().isEmpty()) {
      put(
          fields,
          "exampleCriteria",
          sequence(
              content.exampleCriteria().stream().map(FrameworkWriter::exampleCriterion).toList()));
    }
    putAll(fields, content.extraFields());
    return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
  }

  private static Node criterion(WrittenCriterion criterion) {
    if (criterion.id() == null) {
      return text(criterion.text());
    }
    List<NodeTuple> fields = new ArrayList<>();
    put(fields, "id", text(criterion.id()));
    put(fields, "text", text(criterion.text()));
    return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
  }

  private static Node exampleCriterion(WrittenCriterion criterion) {
    List<NodeTuple> fields = new ArrayList<>();
    if (criterion.id() != null) {
      put(fields, "id", text(criterion.id()));
    }
    put(fields, "criteria", text(criterion.text()));
    if (!criterion.examples().isEmpty()) {
      put(
          fields,
          "examples",
          sequence(criterion.examples().stream().map(FrameworkWriter::text).toList()));
    }
    return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
  }

  /** Kept fields that Rungs does not understand, written back as they were read. */
  private static Node value(Object value) {
    if (value == null) {
      return nothing();
    }
    if (value instanceof Boolean bool) {
      return scalar(Tag.BOOL, bool.toString());
    }
    if (value instanceof Long number) {
      return scalar(Tag.INT, number.toString());
    }
    if (value instanceof List<?> list) {
      return sequence(list.stream().map(FrameworkWriter::value).toList());
    }
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> fields = new ArrayList<>();
      map.forEach((key, item) -> put(fields, String.valueOf(key), value(item)));
      return new MappingNode(Tag.MAP, fields, FlowStyle.BLOCK);
    }
    return text(value.toString());
  }

  private static void putAll(List<NodeTuple> fields, Map<String, Object> extra) {
    extra.forEach((key, item) -> put(fields, key, value(item)));
  }

  private static void putIfWritten(List<NodeTuple> fields, String key, String value) {
    put(fields, key, value == null ? nothing() : text(value));
  }

  private static void put(List<NodeTuple> fields, String key, Node value) {
    fields.add(new NodeTuple(scalar(Tag.STR, key), value));
  }

  private static Node sequence(List<Node> items) {
    return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
  }

  private static Node text(String value) {
    return new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED);
  }

  private static Node scalar(Tag tag, String value) {
    return new ScalarNode(tag, value, ScalarStyle.PLAIN);
  }

  private static Node nothing() {
    return new ScalarNode(Tag.NULL, "", ScalarStyle.PLAIN);
  }

  private static String yaml(Node root) {
    StringWriter out = new StringWriter();
    StreamDataWriter writer =
        new StreamDataWriter() {
          @Override
          public void write(String text) {
            out.write(text);
          }

          @Override
          public void write(String text, int offset, int length) {
            out.write(text, offset, length);
          }
        };
    new Dump(SETTINGS).dumpNode(root, writer);
    return out.toString();
  }
}
