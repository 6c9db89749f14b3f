package org.rungs.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A framework as pages show it: its file's fields, and its topics with inheritance from {@code
 * /generic} applied.
 *
 * <p>Immutable. The {@link #document()} is what the file wrote, for writing it back.
 */
public record Framework(FrameworkDocument document, List<Topic> topics) {

  public Framework {
    Objects.requireNonNull(document, "document");
    topics = List.copyOf(topics);
  }

  public String source() {
    return document.source();
  }

  public String path() {
    return document.path();
  }

  /** The title, or failing that the sidebar title, or failing that the path. */
  public String title() {
    if (document.title() != null && !document.title().isBlank()) {
      return document.title().strip();
    }
    if (document.sidebarTitle() != null && !document.sidebarTitle().isBlank()) {
      return document.sidebarTitle().strip();
    }
    return document.path();
  }

  public FrameworkKind kind() {
    return document.levelled() ? FrameworkKind.LEVELLED : FrameworkKind.TEXT;
  }

  public int levels() {
    return kind() == FrameworkKind.LEVELLED ? document.levels() : 0;
  }

  /**
   * Whether {@code level} is one of this framework's levels: 1 to {@link #levels()}. A text
   * framework has none.
   */
  public boolean hasLevel(int level) {
    return level >= 1 && level <= levels();
  }

  /**
   * {@code level}, if it is one of this framework's levels.
   *
   * @throws IllegalArgumentException naming the level and the framework's range, if it is not
   */
  public int requireLevel(int level) {
    if (!hasLevel(level)) {
      throw new IllegalArgumentException(
          "level "
              + level
              + " is not a level of "
              + path()
              + (levels() == 0 ? ", which has no levels" : " (1 to " + levels() + ")"));
    }
    return level;
  }

  public String body() {
    return document.body();
  }

  public boolean isGeneric() {
    return document.isGeneric();
  }

  /** Every criterion of every topic at every level, in page order. */
  public Stream<Criterion> criteria() {
    return topics.stream()
        .flatMap(topic -> topic.levels().stream())
        .flatMap(level -> level.criteria().stream());
  }

  /**
   * Every criterion keyed by its id's value (as assessments store it and forms post it), in page
   * order: {@code framework.criteriaById().containsKey(id)} says whether {@code id} is a criterion
   * of this framework. The map is unmodifiable and made afresh on each call.
   */
  public Map<String, Criterion> criteriaById() {
    Map<String, Criterion> byId = new LinkedHashMap<>();
    criteria().forEach(criterion -> byId.put(criterion.id().value(), criterion));
    return Collections.unmodifiableMap(byId);
  }
}
