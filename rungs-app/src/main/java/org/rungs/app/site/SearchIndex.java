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
    // Framework by framework on every core (the order stays the frameworks' order): plain text and
    // normalising every criterion was a sixth of `rungs build`, on one thread.
    return new SearchIndex(
        set.frameworks().parallelStream()
            .filter(framework -> framework.kind() == FrameworkKind.LEVELLED)
            .flatMap(framework -> entriesOf(framework).stream())
            .toList());
  }

  private static List<Entry> entriesOf(Framework framework) {
    List<Entry> entries = new ArrayList<>();
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
    return entries;
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
    String unmarked =
        MARKS
            .matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD))
            .replaceAll("");
    return NOT_WORD.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  // Compiled once: the index normalises every criterion of every framework.
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  /**
   * What the query most likely meant when nothing matches it: each word that starts no word of the
   * index replaced by the closest word of the index (one edit for short words, two for longer), or
   * empty if no word needs or finds a replacement. {@code "reveiw"} → {@code "review"}.
   */
  public java.util.Optional<String> didYouMean(String query) {
    List<String> words = words(query);
    java.util.NavigableSet<String> vocabulary = vocabulary();
    List<String> meant = new ArrayList<>();
    boolean changed = false;
    for (String word : words) {
      String next = vocabulary.ceiling(word);
      if (next != null && next.startsWith(word)) {
        meant.add(word);
        continue;
      }
      int allowed = word.length() <= 4 ? 1 : 2;
      String best = null;
      int bestDistance = allowed + 1;
      for (String known : vocabulary) {
        if (Math.abs(known.length() - word.length()) > allowed) {
          continue;
        }
        int distance = org.rungs.framework.EditDistance.between(word, known);
        if (distance < bestDistance) {
          best = known;
          bestDistance = distance;
        }
      }
      if (best == null) {
        return java.util.Optional.empty();
      }
      meant.add(best);
      changed = true;
    }
    return changed ? java.util.Optional.of(String.join(" ", meant)) : java.util.Optional.empty();
  }

  private java.util.NavigableSet<String> vocabulary;

  private synchronized java.util.NavigableSet<String> vocabulary() {
    if (vocabulary == null) {
      java.util.NavigableSet<String> words = new java.util.TreeSet<>();
      for (Entry entry : entries) {
        for (String word : entry.haystack().split(" ")) {
          if (word.length() > 2) {
            words.add(word);
          }
        }
      }
      vocabulary = java.util.Collections.unmodifiableNavigableSet(words);
    }
    return vocabulary;
  }

  /**
   * A criterion's words as HTML, with each word that starts with a word of the query in {@code
   * <mark>}; everything else escaped.
   */
  public static String highlighted(String criterionText, String query) {
    String plain = Markdown.plain(criterionText);
    List<String> words = words(query);
    StringBuilder html = new StringBuilder();
    java.util.regex.Matcher word = WORD.matcher(plain);
    int at = 0;
    while (word.find()) {
      html.append(escape(plain.substring(at, word.start())));
      String found = plain.substring(word.start(), word.end());
      String folded = normalise(found).replace(" ", "");
      boolean hit = words.stream().anyMatch(folded::startsWith);
      html.append(hit ? "<mark>" + escape(found) + "</mark>" : escape(found));
      at = word.end();
    }
    html.append(escape(plain.substring(at)));
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
