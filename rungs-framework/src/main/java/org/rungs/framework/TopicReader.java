package org.rungs.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a front matter's {@code topics} into {@link WrittenTopic}s: each topic's name and content
 * entries, one per level, with the level checked against the framework's {@code levels}. The
 * criteria themselves are {@link CriterionReader}'s job. One instance reads one file; not
 * thread-safe.
 */
final class TopicReader {

  private static final Set<String> TOPIC_FIELDS = Set.of("name", "title", "description", "content");
  private static final Set<String> CONTENT_FIELDS = Set.of("level", "criteria", "exampleCriteria");

  private final YamlReader yaml;
  private final CriterionReader criterionReader;

  TopicReader(YamlReader yaml) {
    this.yaml = yaml;
    this.criterionReader = new CriterionReader(yaml);
  }

  List<WrittenTopic> topics(Node node, Integer declaredLevels) {
    List<WrittenTopic> topics = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (Node item : yaml.list(node, "topics")) {
      index++;
      if (!(item instanceof MappingNode mapping)) {
        yaml.report(
            item,
            ProblemCode.WRONG_TYPE,
            "topic "
                + index
                + " must be fields (name, title, content), not "
                + YamlReader.describe(item));
        continue;
      }
      WrittenTopic topic = topic(mapping, index, declaredLevels);
      if (!names.add(topic.name())) {
        yaml.report(
            mapping,
            ProblemCode.DUPLICATE_TOPIC,
            "topic '" + topic.name() + "' appears twice; both are shown, as separate cards");
      }
      topics.add(topic);
    }
    return topics;
  }

  private WrittenTopic topic(MappingNode mapping, int index, Integer declaredLevels) {
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Node> fields = yaml.fields(mapping, TOPIC_FIELDS, "topic " + index, extra);
    String name = yaml.text(fields.get("name"), "a topic's name");
    String title = yaml.text(fields.get("title"), "a topic's title");
    if (name == null || name.isBlank()) {
      String fallback = title != null && !title.isBlank() ? Slug.of(title) : "";
      name = fallback.isEmpty() ? "topic-" + index : fallback;
      yaml.report(
          fields.getOrDefault("name", mapping),
          ProblemCode.MISSING_TOPIC_NAME,
          "topic " + index + " has no name; it is called '" + name + "' until it gets one");
    } else {
      name = name.strip();
    }
    String where = "topic '" + name + "'";
    String description = yaml.text(fields.get("description"), where + "'s description");
    List<LevelContent> content = new ArrayList<>();
    Set<Integer> levels = new HashSet<>();
    for (Node entry : yaml.list(fields.get("content"), where + "'s content")) {
      levelContent(entry, where, declaredLevels)
          .ifPresent(
              level -> {
                if (!levels.add(level.level())) {
                  yaml.report(
                      entry,
                      ProblemCode.REPEATED_LEVEL,
                      "level " + level.level() + " appears twice in " + where + "; both are shown");
                }
                content.add(level);
              });
    }
    return new WrittenTopic(name, title, description, content, extra, yaml.at(mapping));
  }

  private Optional<LevelContent> levelContent(Node entry, String where, Integer declaredLevels) {
    if (!(entry instanceof MappingNode mapping)) {
      yaml.report(
          entry,
          ProblemCode.WRONG_TYPE,
          "each content entry of "
              + where
              + " must be fields (level, criteria), not "
              + YamlReader.describe(entry));
      return Optional.empty();
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Node> fields =
        yaml.fields(mapping, CONTENT_FIELDS, "a content entry of " + where, extra);
    Node levelNode = fields.get("level");
    Integer level = yaml.integer(levelNode, "level", ProblemCode.INVALID_LEVEL);
    if (level == null || level < 1) {
      yaml.report(
          levelNode == null ? mapping : levelNode,
          ProblemCode.INVALID_LEVEL,
          "a content entry of "
              + where
              + " needs 'level: N' with N from 1; its criteria are not shown");
      return Optional.empty();
    }
    if (level > DocumentReader.MAX_LEVELS) {
      yaml.report(
          levelNode,
          ProblemCode.TOO_MANY_LEVELS,
          "level "
              + level
              + " is above "
              + DocumentReader.MAX_LEVELS
              + ", the most levels Rungs shows; its criteria in "
              + where
              + " are not shown");
      return Optional.empty();
    }
    if (declaredLevels != null && level > declaredLevels) {
      yaml.report(
          levelNode,
          ProblemCode.LEVEL_ABOVE_LEVELS,
          "level "
              + level
              + " is above levels: "
              + declaredLevels
              + "; its criteria in "
              + where
              + " are not shown");
    }
    String at = where + " at level " + level;
    List<WrittenCriterion> criteria = new ArrayList<>();
    Map<String, Location> seen = new LinkedHashMap<>();
    for (Node item : yaml.list(fields.get("criteria"), "criteria of " + at)) {
      criterionReader
          .criterion(item, at)
          .ifPresent(
              criterion -> {
                criteria.add(criterion);
                Location first = seen.putIfAbsent(criterion.text().strip(), criterion.location());
                if (first != null && !criterion.text().isBlank()) {
                  yaml.report(
                      item,
                      ProblemCode.DUPLICATE_CRITERION,
                      "this criterion of "
                          + at
                          + " is the same as the one at line "
                          + first.line()
                          + "; remove one of them");
                }
              });
    }
    List<WrittenCriterion> examples = new ArrayList<>();
    for (Node item : yaml.list(fields.get("exampleCriteria"), "exampleCriteria of " + at)) {
      criterionReader.exampleCriterion(item, at).ifPresent(examples::add);
    }
    return Optional.of(new LevelContent(level, criteria, examples, extra, yaml.at(mapping)));
  }
}
