package org.rungs.framework;

import java.util.List;
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
}
