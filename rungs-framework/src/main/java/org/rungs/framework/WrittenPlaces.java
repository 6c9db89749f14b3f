package org.rungs.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where the topics, content entries and criteria that the parser read are written in an {@link
 * EditableFile}, found by the locations the parser kept; criteria by their {@link CriterionId},
 * given as the file alone gives them (as if there were no {@code /generic}).
 */
final class WrittenPlaces {

  /** A criterion's item, the list it is in and the content entry holding that list. */
  record Criterion(
      WrittenCriterion written, MappingNode entry, String listKey, SequenceNode list, Node item) {

    boolean isExample() {
      return listKey.equals("exampleCriteria");
    }
  }

  private record Written(
      WrittenTopic topic, LevelContent content, WrittenCriterion criterion, boolean example) {}

  private final EditableFile file;
  private final FrameworkDocument document;
  private final Map<CriterionId, Written> criteria = new HashMap<>();

  WrittenPlaces(EditableFile file, FrameworkDocument document) {
    this.file = file;
    this.document = document;
    Framework framework = GenericInheritance.resolve(document, Optional.empty(), new ArrayList<>());
    for (int t = 0; t < document.topics().size(); t++) {
      WrittenTopic topic = document.topics().get(t);
      for (int level = 1; level <= document.levels(); level++) {
        List<Written> written = new ArrayList<>();
        for (boolean example : new boolean[] {false, true}) {
          for (LevelContent content : topic.content()) {
            if (content.level() == level) {
              (example ? content.exampleCriteria() : content.criteria())
                  .forEach(
                      criterion -> written.add(new Written(topic, content, criterion, example)));
            }
          }
        }
        List<org.rungs.framework.Criterion> shown = framework.topics().get(t).criteriaAt(level);
        for (int i = 0; i < written.size(); i++) {
          criteria.put(shown.get(i).id(), written.get(i));
        }
      }
    }
  }

  Criterion criterion(CriterionId id) {
    Written written = criteria.get(id);
    if (written == null) {
      throw new EditRefused(Location.START, "no criterion has the id \"" + id + "\" in this file");
    }
    MappingNode entry =
        node(list(topicNode(written.topic()), "content"), written.content().location());
    String key = written.example() ? "exampleCriteria" : "criteria";
    SequenceNode list = list(entry, key);
    Node item = node(list, written.criterion().location());
    return new Criterion(written.criterion(), entry, key, list, item);
  }

  MappingNode topic(String name) {
    return topicNode(writtenTopic(name));
  }

  /** The first content entry of topic {@code name} at {@code level}. */
  Optional<MappingNode> entry(String name, int level) {
    WrittenTopic topic = writtenTopic(name);
    return topic.content().stream()
        .filter(content -> content.level() == level)
        .findFirst()
        .map(content -> node(list(topicNode(topic), "content"), content.location()));
  }

  /** The content entry of topic {@code name} with the highest level below {@code level}. */
  Optional<Node> lastEntryBelow(String name, int level) {
    WrittenTopic topic = writtenTopic(name);
    return topic.content().stream()
        .filter(content -> content.level() < level)
        .max(java.util.Comparator.comparingInt(LevelContent::level))
        .map(content -> node(list(topicNode(topic), "content"), content.location()));
  }

  /** How the file quotes its first criterion, for new criteria. */
  Optional<ScalarStyle> criterionStyle() {
    for (WrittenTopic topic : document.topics()) {
      for (LevelContent content : topic.content()) {
        if (!content.criteria().isEmpty()) {
          MappingNode entry = node(list(topicNode(topic), "content"), content.location());
          Node item = node(list(entry, "criteria"), content.criteria().get(0).location());
          return item instanceof ScalarNode scalar
              ? Optional.of(scalar.getScalarStyle())
              : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** How the file quotes its path, for new titles. */
  Optional<ScalarStyle> titleStyle() {
    return EditableFile.field(file.root(), "path")
        .filter(ScalarNode.class::isInstance)
        .map(node -> ((ScalarNode) node).getScalarStyle());
  }

  private WrittenTopic writtenTopic(String name) {
    return document.topics().stream()
        .filter(topic -> topic.name().equals(name.strip()))
        .findFirst()
        .orElseThrow(() -> new EditRefused(Location.START, "no topic is named '" + name + "'"));
  }

  private MappingNode topicNode(WrittenTopic topic) {
    return node(list(file.root(), "topics"), topic.location());
  }

  private static SequenceNode list(MappingNode mapping, String key) {
    return EditableFile.field(mapping, key)
        .filter(SequenceNode.class::isInstance)
        .map(SequenceNode.class::cast)
        .orElseThrow(() -> CollectionEdits.refused(mapping, "no list '" + key + "' here"));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Node> T node(SequenceNode list, Location location) {
    return (T)
        list.getValue().stream()
            .filter(item -> EditableFile.location(item).equals(location))
            .findFirst()
            .orElseThrow(() -> new EditRefused(location, "cannot find this item in the file"));
  }
}
