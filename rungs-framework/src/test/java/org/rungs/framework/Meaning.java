package org.rungs.framework;

import java.util.List;

/**
 * What a framework means to a reader, without where it was written: two files mean the same when
 * their meanings are equal, however they are laid out.
 */
record Meaning(
    String path,
    String title,
    String sidebarTitle,
    String sidebarGroup,
    FrameworkKind kind,
    int levels,
    Boolean homepage,
    String body,
    List<TopicMeaning> topics) {

  record TopicMeaning(String name, String title, String description, List<TopicLevel> levels) {}

  static Meaning of(Framework framework) {
    FrameworkDocument document = framework.document();
    return new Meaning(
        framework.path(),
        framework.title(),
        document.sidebarTitle(),
        document.sidebarGroup(),
        framework.kind(),
        framework.levels(),
        document.homepage(),
        framework.body(),
        framework.topics().stream()
            .map(
                topic ->
                    new TopicMeaning(
                        topic.name(), topic.title(), topic.description(), topic.levels()))
            .toList());
  }
}
