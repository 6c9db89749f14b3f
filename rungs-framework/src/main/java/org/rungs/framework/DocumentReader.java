package org.rungs.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the fields of one file's front matter into a {@link FrameworkDocument}: its path, titles,
 * flags and levels, leaving topics to {@link TopicReader}. One instance reads one file; not
 * thread-safe.
 */
final class DocumentReader {

  /** More levels than any real framework has (the corpus's largest has 7); also bounds work. */
  static final int MAX_LEVELS = 50;

  private static final Set<String> FRAMEWORK_FIELDS =
      Set.of(
          "path", "title", "sidebarTitle", "sidebarGroup", "yaml", "levels", "homepage", "topics");

  /** First path segments the site uses for its own pages. */
  private static final Set<String> RESERVED =
      Set.of(
          "assets", "search", "health", "login", "logout", "api", "me", "team", "people", "admin",
          "error");

  private final String source;
  private final YamlReader yaml;

  DocumentReader(String source, YamlReader yaml) {
    this.source = source;
    this.yaml = yaml;
  }

  Optional<FrameworkDocument> read(MappingNode root, String body) {
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Node> fields = yaml.fields(root, FRAMEWORK_FIELDS, "the front matter", extra);

    Node pathNode = fields.get("path");
    String path = yaml.text(pathNode, "path");
    if (path == null || path.isBlank()) {
      yaml.report(
          pathNode == null ? root : pathNode,
          ProblemCode.MISSING_PATH,
          "no path: add a field such as 'path: \"/engineering/backend\"' (the page's address)");
      return Optional.empty();
    }
    path = normalisedPath(path, pathNode);
    Optional<String> unusable = unusablePath(path);
    if (unusable.isPresent()) {
      yaml.report(
          pathNode,
          ProblemCode.RESERVED_PATH,
          "path \"" + path + "\" " + unusable.get() + "; this file is not shown");
      return Optional.empty();
    }

    String title = yaml.text(fields.get("title"), "title");
    String sidebarTitle = yaml.text(fields.get("sidebarTitle"), "sidebarTitle");
    String sidebarGroup = yaml.text(fields.get("sidebarGroup"), "sidebarGroup");
    Boolean yamlFlag = yaml.bool(fields.get("yaml"), "yaml");
    boolean levelled = Boolean.TRUE.equals(yamlFlag);
    Boolean homepage = yaml.bool(fields.get("homepage"), "homepage");

    Node levelsNode = fields.get("levels");
    Integer declaredLevels = yaml.integer(levelsNode, "levels", ProblemCode.INVALID_LEVELS);
    if (declaredLevels != null && declaredLevels > MAX_LEVELS) {
      yaml.report(
          levelsNode,
          ProblemCode.TOO_MANY_LEVELS,
          "levels is "
              + declaredLevels
              + ": Rungs shows at most "
              + MAX_LEVELS
              + " levels; only those are shown");
      declaredLevels = MAX_LEVELS;
    }
    if (declaredLevels != null && declaredLevels < 1) {
      if (levelled) {
        yaml.report(
            levelsNode,
            ProblemCode.INVALID_LEVELS,
            "levels is " + declaredLevels + ": a levelled framework needs at least 1 level");
      }
      declaredLevels = null;
    } else if (declaredLevels == null && levelled && YamlReader.isNull(levelsNode)) {
      yaml.report(
          levelsNode == null ? root : levelsNode,
          ProblemCode.MISSING_LEVELS,
          "no levels: a framework with 'yaml: true' needs 'levels: N' (how many levels it has)");
    }

    Node topicsNode = fields.get("topics");
    List<WrittenTopic> topics = new TopicReader(yaml).topics(topicsNode, declaredLevels);
    if (!levelled && !topics.isEmpty()) {
      yaml.report(
          topicsNode,
          ProblemCode.TOPICS_ON_TEXT_PAGE,
          "this file has topics but not 'yaml: true', so it is shown as a text page");
    }
    if (levelled && (title == null || title.isBlank())) {
      yaml.report(root, ProblemCode.MISSING_TITLE, "no title: the page shows its path instead");
    }
    int levels = declaredLevels != null ? declaredLevels : highestLevel(topics);
    return Optional.of(
        new FrameworkDocument(
            source,
            path,
            title,
            sidebarTitle,
            sidebarGroup,
            levelled,
            declaredLevels,
            levelled ? levels : (declaredLevels == null ? 0 : declaredLevels),
            homepage,
            topics,
            body,
            extra,
            yaml.at(pathNode)));
  }

  private String normalisedPath(String written, Node node) {
    String path = written.strip();
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.equals(written)) {
      yaml.report(
          node,
          ProblemCode.PATH_NORMALISED,
          "path \""
              + written
              + "\" read as \""
              + path
              + "\": paths start with / and do not end with one");
    }
    return path;
  }

  /** Why a path cannot be a page address, if it cannot. */
  private static Optional<String> unusablePath(String path) {
    String[] segments = path.substring(1).split("/");
    for (String segment : segments) {
      if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !path.equals("/"))) {
        return Optional.of("has an empty, '.' or '..' part");
      }
    }
    if (!path.equals("/") && RESERVED.contains(segments[0].toLowerCase(Locale.ROOT))) {
      return Optional.of("starts with /" + segments[0] + ", which Rungs uses for its own pages");
    }
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].equals("levels")
          || segments[i].equals("compare")
          || segments[i].equals("matrix")) {
        return Optional.of(
            "has a part named '" + segments[i] + "', which Rungs uses inside framework pages");
      }
    }
    return Optional.empty();
  }

  private static int highestLevel(List<WrittenTopic> topics) {
    return topics.stream()
        .flatMap(topic -> topic.content().stream())
        .mapToInt(LevelContent::level)
        .max()
        .orElse(0);
  }
}
