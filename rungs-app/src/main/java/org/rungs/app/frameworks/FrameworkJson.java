package org.rungs.app.frameworks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Topic;
import org.rungs.framework.TopicLevel;

/**
 * The JSON shape of {@code rungs export --format json}: exactly what Rungs understood, for other
 * tools and for checks. Field names and order are a published contract; add, never rename.
 */
final class FrameworkJson {
  private FrameworkJson() {}

  static Map<String, Object> of(FrameworkSet set) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("frameworks", set.frameworks().stream().map(FrameworkJson::framework).toList());
    json.put("problems", set.problems().stream().map(ProblemFormat::json).toList());
    return json;
  }

  private static Map<String, Object> framework(Framework framework) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", framework.source());
    json.put("path", framework.path());
    json.put("title", framework.title());
    json.put("sidebarTitle", framework.document().sidebarTitle());
    json.put("sidebarGroup", framework.document().sidebarGroup());
    json.put("kind", framework.kind().label());
    json.put("levels", framework.levels());
    json.put("topics", framework.topics().stream().map(FrameworkJson::topic).toList());
    json.put("body", framework.body());
    return json;
  }

  private static Map<String, Object> topic(Topic topic) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", topic.name());
    json.put("title", topic.title());
    json.put("levels", topic.levels().stream().map(FrameworkJson::level).toList());
    return json;
  }

  private static Map<String, Object> level(TopicLevel level) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("level", level.level());
    json.put("criteria", level.criteria().stream().map(FrameworkJson::criterion).toList());
    return json;
  }

  private static Map<String, Object> criterion(Criterion criterion) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", criterion.id().value());
    json.put("text", criterion.text());
    json.put("examples", List.copyOf(criterion.examples()));
    json.put("from", criterion.from());
    return json;
  }
}
