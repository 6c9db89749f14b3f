package org.rungs.app.site;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.framework.Framework;
import org.rungs.framework.LevelComparison;
import org.rungs.framework.Problem;
import org.rungs.framework.Topic;

/** The models the templates render, one per kind of page. */
public final class Pages {
  private Pages() {}

  /** The home page: the aims, then every framework by group. */
  public record Home(Chrome chrome, String aimsHtml, List<Problem> problems) {}

  /** A framework's own page (or a text page): title, level picker, body. */
  public record FrameworkPage(
      Chrome chrome, Framework framework, String bodyHtml, List<Problem> problems) {}

  /** One level of a framework: its topic cards. */
  public record Level(
      Chrome chrome, Framework framework, int level, List<Topic> topics, List<Problem> problems) {}

  /** What changes between two levels. */
  public record Compare(
      Chrome chrome,
      Framework framework,
      LevelComparison comparison,
      List<Problem> problems,
      String note,
      List<LevelComparison> steps) {

    /** A comparison as asked, with nothing to add. */
    public Compare(
        Chrome chrome, Framework framework, LevelComparison comparison, List<Problem> problems) {
      this(chrome, framework, comparison, problems, null, List.of());
    }
  }

  /** All levels side by side. */
  public record Matrix(Chrome chrome, Framework framework, List<Problem> problems) {}

  /** Search results; in a static export they are filled in by the browser from the index. */
  public record Search(Chrome chrome, String query, List<SearchIndex.Hit> hits, String suggestion) {

    public Search(Chrome chrome, String query, List<SearchIndex.Hit> hits) {
      this(chrome, query, hits, null);
    }

    /** The hits by framework, in the order of each framework's best hit. */
    public java.util.Map<String, List<SearchIndex.Hit>> byFramework() {
      java.util.Map<String, List<SearchIndex.Hit>> groups = new java.util.LinkedHashMap<>();
      hits.forEach(
          hit ->
              groups
                  .computeIfAbsent(hit.entry().framework(), k -> new java.util.ArrayList<>())
                  .add(hit));
      return groups;
    }
  }
}
