package org.rungs.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one framework file into a {@link FrameworkDocument} plus located {@link Problem}s.
 *
 * <pre>{@code
 * FrameworkParser.Parsed parsed = FrameworkParser.parse(Files.readAllBytes(file), "devops.md");
 * parsed.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Bad input never throws: whatever is wrong becomes a problem, and the document is present
 * whenever the file has enough to show (front matter that parses, with a path). Stateless and
 * thread-safe.
 */
public final class FrameworkParser {

  /** The document, if the file has one to show, and every problem found, in file order. */
  public record Parsed(Optional<FrameworkDocument> document, List<Problem> problems) {
    public Parsed {
      problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private static final Set<String> FRAMEWORK_FIELDS =
      Set.of(
          "path", "title", "sidebarTitle", "sidebarGroup", "yaml", "levels", "homepage", "topics");
  private static final Set<String> TOPIC_FIELDS = Set.of("name", "title", "description", "content");
  private static final Set<String> CONTENT_FIELDS = Set.of("level", "criteria", "exampleCriteria");
  private static final Set<String> CRITERION_FIELDS = Set.of("id", "text");
  private static final Set<String> EXAMPLE_FIELDS = Set.of("id", "criteria", "examples");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private FrameworkParser() {}

  /** Parses a file's bytes: UTF-8, or Windows-1252 with a warning. */
  public static Parsed parse(byte[] bytes, String source) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        // Text files never contain NUL; reading an image or archive as text only makes noise.
        return new Parsed(
            Optional.empty(),
            List.of(
                Problem.of(
                    source,
                    1,
                    1,
                    ProblemCode.BINARY_FILE,
                    "this is not a text file (it contains NUL bytes)")));
      }
    }
    return parse(SourceText.decode(bytes, source), source);
  }

  /** More levels than any real framework has (the corpus's largest has 7); also bounds work. */
  static final int MAX_LEVELS = 50;

  /** First path segments the site uses for its own pages. */
  private static final Set<String> RESERVED =
      Set.of(
          "assets", "search", "health", "login", "logout", "api", "me", "team", "people", "admin",
          "error");

  public static Parsed parse(String text, String source) {
    return parse(SourceText.of(text, source), source);
  }

  private static Parsed parse(SourceText text, String source) {
    List<Problem> problems = new ArrayList<>(text.problems());
    FrontMatter.Split split = FrontMatter.split(text.text());
    if (split instanceof FrontMatter.Missing missing) {
      Location at = missing.location();
      problems.add(Problem.of(source, at.line(), at.column(), missing.code(), missing.message()));
      return new Parsed(Optional.empty(), problems);
    }
    FrontMatter frontMatter = ((FrontMatter.Found) split).frontMatter();
    if (!frontMatter.closed()) {
      problems.add(
          Problem.of(
              source,
              1,
              1,
              ProblemCode.UNCLOSED_FRONT_MATTER,
              "front matter is not closed: the whole file is read as fields and it has no body;"
                  + " add a line '---' after the last field"));
    }
    Optional<Node> root = compose(frontMatter, source, problems);
    if (root.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    YamlReader reader = new YamlReader(source, frontMatter.firstLine(), problems);
    if (!(root.get() instanceof MappingNode mapping)) {
      reader.report(
          root.get(),
          ProblemCode.FRONT_MATTER_NOT_A_MAPPING,
          "front matter must be fields such as 'path: \"/engineering/backend\"', not "
              + YamlReader.describe(root.get()));
      return new Parsed(Optional.empty(), problems);
    }
    Optional<FrameworkDocument> document =
        new DocumentReader(source, reader).read(mapping, frontMatter.body());
    return new Parsed(document, problems);
  }

  private static Optional<Node> compose(
      FrontMatter frontMatter, String source, List<Problem> problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true) // reported as located problems by YamlReader instead
            .setMaxAliasesForCollections(50)
            .build();
    try {
      Optional<Node> node = new Compose(settings).composeString(frontMatter.yaml());
      if (node.isEmpty()) {
        problems.add(
            Problem.of(
                source,
                1,
                1,
                ProblemCode.FRONT_MATTER_NOT_A_MAPPING,
                "front matter is empty: it needs at least 'path' and 'title'"));
      }
      return node;
    } catch (MarkedYamlEngineException invalid) {
      Location at =
          invalid
              .getProblemMark()
              .or(invalid::getContextMark)
              .map(
                  mark ->
                      new Location(frontMatter.firstLine() + mark.getLine(), mark.getColumn() + 1))
              .orElse(new Location(frontMatter.firstLine(), 1));
      String message = invalid.getProblem() == null ? "invalid YAML" : invalid.getProblem();
      if (invalid.getContext() != null) {
        message = invalid.getContext() + ": " + message;
      }
      // The parser often notices a problem well after its cause (an unclosed bracket is found at
      // the end); say where the unfinished thing started too.
      if (invalid.getContextMark().isPresent() && invalid.getProblemMark().isPresent()) {
        int contextLine = frontMatter.firstLine() + invalid.getContextMark().get().getLine();
        if (contextLine != at.line()) {
          message +=
              " (it started at line "
                  + contextLine
                  + ", column "
                  + (invalid.getContextMark().get().getColumn() + 1)
                  + ")";
        }
      }
      problems.add(
          Problem.of(source, at.line(), at.column(), ProblemCode.YAML_SYNTAX, oneLine(message)));
    } catch (YamlEngineException | StackOverflowError invalid) {
      // Unmarked engine errors (alias limits, nesting so deep the parser recursed out) still
      // deserve an answer rather than a crash.
      problems.add(
          Problem.of(
              source,
              frontMatter.firstLine(),
              1,
              ProblemCode.YAML_SYNTAX,
              "front matter cannot be read: " + oneLine(String.valueOf(invalid.getMessage()))));
    }
    return Optional.empty();
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s+", " ").trim();
  }

  /** Reads the fields of one file's front matter. */
  private static final class DocumentReader {
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
      List<WrittenTopic> topics = topics(topicsNode, declaredLevels);
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
        if (segment.equals(".")
            || segment.equals("..")
            || (segment.isEmpty() && !path.equals("/"))) {
          return Optional.of("has an empty, '.' or '..' part");
        }
      }
      if (!path.equals("/") && RESERVED.contains(segments[0].toLowerCase(java.util.Locale.ROOT))) {
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

    private List<WrittenTopic> topics(Node node, Integer declaredLevels) {
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
                        "level "
                            + level.level()
                            + " appears twice in "
                            + where
                            + "; both are shown");
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
      if (level > MAX_LEVELS) {
        yaml.report(
            levelNode,
            ProblemCode.TOO_MANY_LEVELS,
            "level "
                + level
                + " is above "
                + MAX_LEVELS
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
      for (Node item : yaml.list(fields.get("criteria"), "criteria of " + at)) {
        criterion(item, at).ifPresent(criteria::add);
      }
      List<WrittenCriterion> examples = new ArrayList<>();
      for (Node item : yaml.list(fields.get("exampleCriteria"), "exampleCriteria of " + at)) {
        exampleCriterion(item, at).ifPresent(examples::add);
      }
      return Optional.of(new LevelContent(level, criteria, examples, extra, yaml.at(mapping)));
    }

    private Optional<WrittenCriterion> criterion(Node item, String at) {
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
          && !org.snakeyaml.engine.v2.nodes.Tag.STR.equals(item.getTag())) {
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

    private Optional<WrittenCriterion> exampleCriterion(Node item, String at) {
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
}
