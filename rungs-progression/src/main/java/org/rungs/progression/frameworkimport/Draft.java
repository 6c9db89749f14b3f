package org.rungs.progression.frameworkimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rungs.framework.FrameworkDocument;
import org.rungs.framework.FrameworkWriter;
import org.rungs.framework.LevelContent;
import org.rungs.framework.Location;
import org.rungs.framework.WrittenCriterion;
import org.rungs.framework.WrittenTopic;

/**
 * A framework as an import found it, before it is written in the Monzo format: level names in
 * order, and topics (in the order met) with their criteria per level. Built by one reader; not
 * thread-safe while being built.
 */
public final class Draft {

  /** A criterion and its examples, if any. */
  record Criterion(String text, List<String> examples) {}

  private final List<String> levelNames = new ArrayList<>();
  private final Map<String, String> titles = new LinkedHashMap<>();
  private final Map<String, Map<Integer, List<Criterion>>> topics = new LinkedHashMap<>();
  private final String source;

  Draft(String source) {
    this.source = source;
  }

  /** The level called {@code name}, numbered from 1 in the order levels were first met. */
  int level(String name) {
    int index = levelNames.indexOf(name);
    if (index < 0) {
      levelNames.add(name);
      return levelNames.size();
    }
    return index + 1;
  }

  void add(String topicTitle, int level, String text, List<String> examples) {
    String name = slug(topicTitle);
    titles.putIfAbsent(name, topicTitle.strip());
    topics
        .computeIfAbsent(name, key -> new TreeMap<>())
        .computeIfAbsent(level, key -> new ArrayList<>())
        .add(new Criterion(text.strip(), List.copyOf(examples)));
  }

  public int levels() {
    return levelNames.size();
  }

  public List<String> levelNames() {
    return List.copyOf(levelNames);
  }

  public int criteria() {
    return topics.values().stream()
        .flatMap(levels -> levels.values().stream())
        .mapToInt(List::size)
        .sum();
  }

  /** The framework in the Monzo format, with {@code path} and {@code title}. */
  public String toMarkdown(String path, String title) {
    List<WrittenTopic> written = new ArrayList<>();
    topics.forEach(
        (name, levels) -> {
          List<LevelContent> content = new ArrayList<>();
          levels.forEach(
              (level, criteria) ->
                  content.add(
                      new LevelContent(
                          level,
                          criteria.stream()
                              .filter(criterion -> criterion.examples().isEmpty())
                              .map(criterion -> written(criterion))
                              .toList(),
                          criteria.stream()
                              .filter(criterion -> !criterion.examples().isEmpty())
                              .map(criterion -> written(criterion))
                              .toList(),
                          Map.of(),
                          Location.START)));
          written.add(
              new WrittenTopic(name, titles.get(name), null, content, Map.of(), Location.START));
        });
    return FrameworkWriter.write(
        new FrameworkDocument(
            source,
            path,
            title,
            title,
            sidebarGroup(path),
            true,
            levels(),
            levels(),
            true,
            written,
            body(),
            Map.of(),
            Location.START));
  }

  /** {@code engineering} for {@code /engineering/backend}, as Monzo's files group the sidebar. */
  private static String sidebarGroup(String path) {
    String[] parts = path.substring(1).split("/");
    return parts.length > 1 ? parts[0] : null;
  }

  private static WrittenCriterion written(Criterion criterion) {
    return new WrittenCriterion(null, criterion.text(), criterion.examples(), Location.START);
  }

  private String body() {
    StringBuilder body =
        new StringBuilder("\nImported from `")
            .append(source.replace("`", "'"))
            .append("` by `rungs import-framework`.\n");
    boolean named = false;
    for (int i = 0; i < levelNames.size(); i++) {
      named |= !levelNames.get(i).equals(Integer.toString(i + 1));
    }
    if (named) {
      body.append("\n| Level | Called |\n|---|---|\n");
      for (int i = 0; i < levelNames.size(); i++) {
        body.append("| ")
            .append(i + 1)
            .append(" | ")
            .append(levelNames.get(i).replace("|", "\\|").replaceAll("\\s+", " "))
            .append(" |\n");
      }
    }
    return body.toString();
  }

  static String slug(String text) {
    String slug =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "topic" : slug;
  }
}
