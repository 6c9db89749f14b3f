package org.rungs.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One framework file as written, after repairs (encoding, invisible characters) and before
 * inheritance: what {@link FrameworkWriter} writes back.
 *
 * <p>Optional fields of the format are {@code null} when the file leaves them out, so that writing
 * the file back keeps the author's choices.
 *
 * @param source the file name used in problems, e.g. {@code frameworks/engineering/backend.md}
 * @param levelled {@code yaml: true}: a framework with levels, rather than a text page
 * @param declaredLevels {@code levels} as written if it is a usable number, else {@code null}
 * @param levels the number of levels pages are built from: the declared one, or for a file whose
 *     {@code levels} is missing or broken, the highest level it has content for
 * @param homepage whether the body is shown on the framework's page; {@code null} if not written
 * @param extraFields front matter fields Rungs does not know, kept in order
 * @param pathLocation where {@code path} is written, for problems about the path
 */
public record FrameworkDocument(
    String source,
    String path,
    String title,
    String sidebarTitle,
    String sidebarGroup,
    boolean levelled,
    Integer declaredLevels,
    int levels,
    Boolean homepage,
    List<WrittenTopic> topics,
    String body,
    Map<String, Object> extraFields,
    Location pathLocation) {

  public FrameworkDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(pathLocation, "pathLocation");
    if (levels < 0) {
      throw new IllegalArgumentException("levels must not be negative, got " + levels);
    }
    topics = List.copyOf(topics);
    extraFields = Ordered.copyOf(extraFields);
  }

  /** The path of the framework every other framework of a set inherits from. */
  public static final String GENERIC_PATH = "/generic";

  public boolean isGeneric() {
    return GENERIC_PATH.equals(path);
  }
}
