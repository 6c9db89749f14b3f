package org.rungs.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Makes one {@link FrameworkEdit} as splices of an {@link EditableFile}: finds the nodes the edit
 * is about through what the parser read ({@link FrameworkDocument}'s locations) and changes only
 * them. One instance serves one edit; not thread-safe.
 */
final class FrontMatterEdits {

  private final EditableFile file;
  private final FrameworkDocument document;
  private final WrittenPlaces places;
  private final CollectionEdits edits;

  FrontMatterEdits(EditableFile file, FrameworkDocument document) {
    this.file = file;
    this.document = document;
    this.places = new WrittenPlaces(file, document);
    this.edits = new CollectionEdits(file);
  }

  void apply(FrameworkEdit edit) {
    if (edit instanceof FrameworkEdit.AddExample add) {
      addExample(places.criterion(add.criterion()), add);
    } else if (edit instanceof FrameworkEdit.RewordCriterion reword) {
      reword(places.criterion(reword.criterion()), reword.text());
    } else if (edit instanceof FrameworkEdit.AddCriterion add) {
      addCriterion(add);
    } else if (edit instanceof FrameworkEdit.RetitleTopic retitle) {
      setTitle(places.topic(retitle.topic()), retitle.title(), "name");
    } else if (edit instanceof FrameworkEdit.RetitleFramework retitle) {
      setTitle(file.root(), retitle.title(), "path");
    }
  }

  private void addExample(WrittenPlaces.Criterion place, FrameworkEdit.AddExample add) {
    Node item = place.item();
    if (place.isExample() && item instanceof MappingNode mapping) {
      String example = YamlScalars.of(add.example(), exampleStyle(mapping));
      Optional<NodeTuple> examples = EditableFile.tuple(mapping, "examples");
      if (examples.isEmpty()) {
        edits.addListField(mapping, "examples", List.of(YamlItem.scalar(example)));
      } else if (examples.get().getValueNode() instanceof SequenceNode list) {
        edits.append(list, YamlItem.scalar(example));
      } else if (YamlReader.isNull(examples.get().getValueNode())) {
        edits.fillEmpty(examples.get(), "[" + example + "]");
      } else {
        throw CollectionEdits.refused(examples.get().getValueNode(), "examples is not a list");
      }
      return;
    }
    String example = YamlScalars.of(add.example(), Optional.empty());
    if (place.isExample()) {
      file.replace(item, inPlace(item, exampleCriterion(place, example), place.list()));
      return;
    }
    MappingNode entry = place.entry();
    Optional<NodeTuple> exampleCriteria = EditableFile.tuple(entry, "exampleCriteria");
    YamlItem moved = exampleCriterion(place, example);
    if (exampleCriteria.isEmpty() && place.list().getValue().size() == 1) {
      // The level's only criterion: the list becomes exampleCriteria where it stands.
      edits.renameKey(EditableFile.tuple(entry, "criteria").orElseThrow(), "exampleCriteria");
      if (item instanceof MappingNode mapping && EditableFile.tuple(mapping, "text").isPresent()) {
        edits.renameKey(EditableFile.tuple(mapping, "text").orElseThrow(), "criteria");
        edits.addListField(mapping, "examples", List.of(YamlItem.scalar(example)));
      } else {
        file.replace(item, inPlace(item, moved, place.list()));
      }
      return;
    }
    edits.remove(entry, "criteria", place.list(), item);
    if (exampleCriteria.isEmpty()) {
      edits.addListField(entry, "exampleCriteria", List.of(moved));
    } else if (exampleCriteria.get().getValueNode() instanceof SequenceNode list) {
      edits.append(list, moved);
    } else {
      throw CollectionEdits.refused(
          exampleCriteria.get().getValueNode(), "exampleCriteria is not a list");
    }
  }

  /** The criterion as an example criterion with one example, its wording as written. */
  private YamlItem exampleCriterion(WrittenPlaces.Criterion place, String example) {
    Node item = place.item();
    List<String> lines = new ArrayList<>();
    List<String> flow = new ArrayList<>();
    Node textNode = item;
    if (item instanceof MappingNode mapping) {
      Optional<Node> id = EditableFile.field(mapping, "id");
      if (id.isPresent() && place.written().id() != null) {
        String written = asWritten(id.get(), place.written().id());
        lines.add("id: " + written);
        flow.add("id: " + written);
      }
      textNode = EditableFile.field(mapping, "text").orElse(item);
    }
    String criteria = asWritten(textNode, place.written().text());
    lines.add("criteria: " + criteria);
    lines.add("examples:");
    lines.add("  - " + example);
    flow.add("criteria: " + criteria);
    flow.add("examples: [" + example + "]");
    return new YamlItem(lines, "{" + String.join(", ", flow) + "}");
  }

  /** A scalar's source if it is one safe line, else {@code text} newly quoted. */
  private String asWritten(Node node, String text) {
    if (node instanceof ScalarNode scalar
        && scalar.getScalarStyle() != ScalarStyle.LITERAL
        && scalar.getScalarStyle() != ScalarStyle.FOLDED) {
      String source = file.source(node);
      boolean flowSafe =
          scalar.getScalarStyle() != ScalarStyle.PLAIN || YamlScalars.plainSafe(source);
      if (!source.contains("\n") && flowSafe && text.equals(scalar.getValue())) {
        return source;
      }
    }
    return YamlScalars.doubleQuoted(text);
  }

  /** An item written where another item stood, on the same line as its dash. */
  private String inPlace(Node item, YamlItem replacement, SequenceNode list) {
    if (list.getFlowStyle() == FlowStyle.FLOW) {
      return replacement.flow();
    }
    return String.join(file.lineEnd(), replacement.indented("", EditableFile.column(item)));
  }

  private void reword(WrittenPlaces.Criterion place, String text) {
    if (place.written().text().equals(text)) {
      return; // the same words: the file stays as it is, byte for byte
    }
    Node item = place.item();
    if (item instanceof MappingNode mapping) {
      String key = place.isExample() ? "criteria" : "text";
      Optional<Node> value = EditableFile.field(mapping, key);
      if (value.isPresent()) {
        edits.replaceScalar(value.get(), text);
        return;
      }
      if (mapping.getValue().size() == 1) {
        // "Key: value" that YAML split at its colon: the whole item becomes the new text.
        NodeTuple only = mapping.getValue().get(0);
        Node last =
            YamlReader.isNull(only.getValueNode()) ? only.getKeyNode() : only.getValueNode();
        file.replace(file.start(item), file.end(last), YamlScalars.doubleQuoted(text));
        return;
      }
      throw CollectionEdits.refused(item, "this criterion has no text to reword");
    }
    edits.replaceScalar(item, text);
  }

  private void addCriterion(FrameworkEdit.AddCriterion add) {
    if (add.level() > document.levels()) {
      throw new EditRefused(
          document.pathLocation(),
          "level " + add.level() + " is above levels: " + document.levels());
    }
    MappingNode topic = places.topic(add.topic());
    Optional<MappingNode> entry = places.entry(add.topic(), add.level());
    String scalar = YamlScalars.of(add.text(), places.criterionStyle());
    if (entry.isPresent()) {
      Optional<NodeTuple> criteria = EditableFile.tuple(entry.get(), "criteria");
      if (criteria.isEmpty()) {
        edits.addListField(entry.get(), "criteria", List.of(YamlItem.scalar(scalar)));
      } else if (criteria.get().getValueNode() instanceof SequenceNode list) {
        edits.append(list, YamlItem.scalar(scalar));
      } else if (YamlReader.isNull(criteria.get().getValueNode())) {
        edits.fillEmpty(criteria.get(), "[" + scalar + "]");
      } else {
        throw CollectionEdits.refused(criteria.get().getValueNode(), "criteria is not a list");
      }
      return;
    }
    Node content = EditableFile.field(topic, "content").orElse(topic);
    if (!(content instanceof SequenceNode list) || list.getValue().isEmpty()) {
      throw CollectionEdits.refused(content, "topic '" + add.topic() + "' has no content list");
    }
    YamlItem level =
        new YamlItem(
            List.of("level: " + add.level(), "criteria:", "  - " + scalar),
            "{level: " + add.level() + ", criteria: [" + scalar + "]}");
    Optional<Node> before = places.lastEntryBelow(add.topic(), add.level());
    if (list.getFlowStyle() == FlowStyle.FLOW) {
      edits.append(list, level);
    } else if (before.isPresent()) {
      edits.insertAfter(before.get(), level);
    } else {
      edits.insertBefore(list.getValue().get(0), level);
    }
  }

  private void setTitle(MappingNode mapping, String title, String after) {
    Optional<NodeTuple> tuple = EditableFile.tuple(mapping, "title");
    if (tuple.isEmpty()) {
      edits.addScalarField(mapping, "title", YamlScalars.of(title, places.titleStyle()), after);
    } else if (YamlReader.isNull(tuple.get().getValueNode())) {
      edits.fillEmpty(tuple.get(), YamlScalars.of(title, places.titleStyle()));
    } else if (!(tuple.get().getValueNode() instanceof ScalarNode scalar)
        || !scalar.getValue().strip().equals(title)) {
      edits.replaceScalar(tuple.get().getValueNode(), title);
    }
  }

  private Optional<ScalarStyle> exampleStyle(MappingNode mapping) {
    return EditableFile.field(mapping, "examples")
        .filter(SequenceNode.class::isInstance)
        .flatMap(list -> ((SequenceNode) list).getValue().stream().findFirst())
        .or(() -> EditableFile.field(mapping, "criteria"))
        .filter(ScalarNode.class::isInstance)
        .map(node -> ((ScalarNode) node).getScalarStyle());
  }
}
