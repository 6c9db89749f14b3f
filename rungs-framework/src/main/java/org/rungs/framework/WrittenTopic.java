package org.rungs.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A topic as its file wrote it, before inheritance from {@code /generic}.
 *
 * @param title the title as written; {@code null} or blank when the file leaves it empty
 * @param description the pre-2019 format's card subtitle, or {@code null}
 */
public record WrittenTopic(
    String name,
    String title,
    String description,
    List<LevelContent> content,
    Map<String, Object> extraFields,
    Location location) {

  public WrittenTopic {
    Objects.requireNonNull(name, "name");
    content = List.copyOf(content);
    extraFields = Ordered.copyOf(extraFields);
    Objects.requireNonNull(location, "location");
  }
}
