package org.rungs.app.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rungs.app.web.Markdown;
import org.rungs.app.web.SiteLinks;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Topic;
import org.rungs.framework.TopicLevel;

/**
 * Every criterion of every framework, searchable by its words, its examples, its topic and its
 * framework. The live server searches it directly; a static export ships it as JSON for the browser
 * to search. Immutable and thread-safe.
 */
public final class SearchIndex {

  /** One criterion where it appears: at a level of a topic of a framework. */
  public record Entry(
      String framework,
      String path,
      int level,
      String topic,
      Criterion criterion,
      String haystack) {

    /** The criterion's anchor on its level page. */
    public String url() {
      return SiteLinks.level(path, level) + "#" + criterion.id().value();
    }
  }

  /** A search result, best first. */
  public record Hit(Entry entry, int score) {}

  private static final int MAX_HITS = 200;

  private final List<Entry> entries;

  private SearchIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static SearchIndex of(FrameworkSet set) {
    List<Entry> entries = new ArrayList<>();
    for (Framework framework : set.frameworks()) {
      if (framework.kind() != FrameworkKind.LEVELLED) {
        continue;
      }
      for (Topic topic : framework.topics()) {
        for (TopicLevel level : topic.levels()) {
          for (Criterion criterion : level.criteria()) {
            String haystack =
                normalise(
                    String.join(
                        " ",
                        Markdown.plain(criterion.text()),
                        String.join(" ", criterion.examples()),
                        topic.title(),
                        topic.name(),
                        framework.title()));
            entries.add(
                new Entry(
                    framework.title(),
                    framework.path(),
                    level.level(),
                    topic.title(),
                    criterion,
                    haystack));
          }
        }
      }
    }
    return new SearchIndex(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Criteria containing every word of {@code query}, those matching in their own text first. */
  public List<Hit> search(String query) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Entry entry : entries) {
      if (words.stream().allMatch(word -> hasWordStartingWith(entry.haystack(), word))) {
        String text = normalise(Markdown.plain(entry.criterion().text()));
        int score =
            (int) words.stream().filter(word -> hasWordStartingWith(text, word)).count() * 10;
        score += entry.criterion().isInherited() ? 0 : 1;
        hits.add(new Hit(entry, score));
      }
    }
    return hits.stream()
        .sorted(Comparator.comparingInt(Hit::score).reversed())
        .limit(MAX_HITS)
        .toList();
  }

  /** The index as the browser's search reads it: short keys keep the file small. */
  public List<Map<String, Object>> json() {
    List<Map<String, Object>> json = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("u", entry.url());
      item.put("f", entry.framework());
      item.put("l", entry.level());
      item.put("t", entry.topic());
      item.put("x", Markdown.plain(entry.criterion().text()));
      item.put("e", entry.criterion().examples());
      item.put("g", entry.criterion().isInherited());
      item.put("h", entry.haystack());
      json.add(item);
    }
    return json;
  }

  /**
   * Whether a word of {@code text} (normalised, space-separated) starts with {@code word}: "call"
   * finds "call" and "calls" but not "specifically", as a reader expects.
   */
  static boolean hasWordStartingWith(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      if (at == 0 || text.charAt(at - 1) == ' ') {
        return true;
      }
      at = text.indexOf(word, at + 1);
    }
    return false;
  }

  static List<String> words(String query) {
    if (query == null) {
      return List.of();
    }
    return Arrays.stream(normalise(query).split(" "))
        .filter(word -> !word.isEmpty())
        .distinct()
        .toList();
  }

  /** Lower case, accents and punctuation folded to spaces, as the browser's search does too. */
  static String normalise(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
