package org.rungs.app.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Markdown;
import org.rungs.app.web.NotFoundPage;
import org.rungs.app.web.Sidebar;
import org.rungs.app.web.SiteLinks;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.LevelComparison;
import org.rungs.framework.Problem;
import org.rungs.framework.Topic;

/**
 * Renders the pages of the framework site from one {@link FrameworkSet}: the same HTML for the live
 * server and the static export. Plain Java, so {@code rungs build} needs no Spring. Thread-safe; a
 * new renderer is made for each version of the frameworks.
 */
final class SiteRenderer {

  /** A rendered page, or the reason there is none. */
  public record Rendered(int status, String html) {}

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final Pattern LEVEL = Pattern.compile("^(.*)/levels/([0-9]{1,3})/$");
  private static final Pattern COMPARE =
      Pattern.compile("^(.*)/compare/([0-9]{1,3})/([0-9]{1,3})/$");
  private static final Pattern MATRIX = Pattern.compile("^(.*)/matrix/$");

  static final String DEFAULT_AIMS =
      """
      # Progression frameworks

      These frameworks describe how people grow here. They aim to:

      - help people understand how to progress in their work;
      - help us evaluate and pay people fairly and consistently;
      - help people understand the skills and behaviours we value.

      Each framework has levels, and each level lists the behaviours we expect, topic by topic.
      Within a level you progress through sub-levels A to D: the more behaviours you show from your
      level, the more you progress. Agree with your manager the level you are aiming for and what to
      work on, so it is clear how you are doing at all times.

      The framework is a compass, not a GPS. Tell us what is unclear, and suggest examples.
      """;

  private final FrameworkSet set;
  private final String siteName;
  private final boolean staticSite;
  private final Sidebar sidebar;
  private final SearchIndex searchIndex;

  public SiteRenderer(FrameworkSet set, String siteName, boolean staticSite) {
    this.set = set;
    this.siteName = siteName;
    this.staticSite = staticSite;
    this.sidebar = Sidebar.of(set);
    this.searchIndex = SearchIndex.of(set);
  }

  public FrameworkSet frameworks() {
    return set;
  }

  public SearchIndex searchIndex() {
    return searchIndex;
  }

  /**
   * The page at a site URL, e.g. {@code /engineering/backend/levels/2/}.
   *
   * @param url the decoded URL path, ending in {@code /}
   * @param query the search words, for {@code /search/}
   */
  public Rendered render(String url, String query) {
    if (url.equals("/")) {
      return ok(home());
    }
    if (url.equals("/search/")) {
      String words = query == null ? "" : query.strip();
      List<SearchIndex.Hit> hits = staticSite ? List.of() : searchIndex.search(words);
      String suggestion =
          hits.isEmpty() && !staticSite ? searchIndex.didYouMean(words).orElse(null) : null;
      return ok(
          template(
              "search.jte",
              new Pages.Search(chrome("Search", url, null), words, hits, suggestion)));
    }
    Matcher level = LEVEL.matcher(url);
    if (level.matches()) {
      return levelled(level.group(1), url)
          .map(framework -> levelPage(framework, Integer.parseInt(level.group(2)), url))
          .orElseGet(() -> notFound(url));
    }
    Matcher compare = COMPARE.matcher(url);
    if (compare.matches()) {
      return levelled(compare.group(1), url)
          .map(
              framework ->
                  comparePage(
                      framework,
                      Integer.parseInt(compare.group(2)),
                      Integer.parseInt(compare.group(3)),
                      url))
          .orElseGet(() -> notFound(url));
    }
    Matcher matrix = MATRIX.matcher(url);
    if (matrix.matches()) {
      return levelled(matrix.group(1), url)
          .map(
              framework ->
                  ok(
                      template(
                          "matrix.jte",
                          new Pages.Matrix(
                              chrome(framework.title() + ": all levels", url, framework.path()),
                              framework,
                              problemsOf(framework)))))
          .orElseGet(() -> notFound(url));
    }
    String path = url.substring(0, url.length() - 1);
    return set.find(path)
        .map(framework -> ok(frameworkPage(framework, url)))
        .orElseGet(() -> notFound(url));
  }

  /** The page for URLs that match nothing; also the static export's {@code 404.html}. */
  public Rendered notFound(String url) {
    return new Rendered(
        404,
        template(
            "notfound.jte",
            new NotFoundPage(
                chrome("Not found", staticSite ? "/" : url, null),
                "There is no page at " + url + ". The framework may have moved or been renamed.")));
  }

  private Optional<Framework> levelled(String path, String url) {
    return set.find(path).filter(framework -> framework.kind() == FrameworkKind.LEVELLED);
  }

  private String home() {
    String aims =
        set.find("/").map(Framework::body).filter(body -> !body.isBlank()).orElse(DEFAULT_AIMS);
    String title = set.find("/").map(Framework::title).orElse("Progression frameworks");
    // The home page is where anyone looks first: it lists the files that could not be shown at all.
    java.util.Set<String> shown = new java.util.HashSet<>();
    set.frameworks().forEach(framework -> shown.add(framework.source()));
    List<Problem> problems =
        set.problems().stream()
            .filter(
                problem -> !shown.contains(problem.file()) || problem.file().equals(homeSource()))
            .toList();
    return template(
        "home.jte", new Pages.Home(chrome(title, "/", "/"), Markdown.block(aims), problems));
  }

  private String homeSource() {
    return set.find("/").map(Framework::source).orElse("");
  }

  private String frameworkPage(Framework framework, String url) {
    // As on Monzo's site, a levelled framework's body shows only with homepage: true.
    boolean showBody =
        framework.kind() == FrameworkKind.TEXT
            || Boolean.TRUE.equals(framework.document().homepage());
    return template(
        "framework.jte",
        new Pages.FrameworkPage(
            chrome(framework.title(), url, framework.path()),
            framework,
            showBody ? Markdown.block(framework.body()) : "",
            problemsOf(framework)));
  }

  private Rendered levelPage(Framework framework, int level, String url) {
    if (!framework.hasLevel(level)) {
      return notFound(url);
    }
    List<Topic> topics =
        framework.topics().stream().filter(topic -> !topic.criteriaAt(level).isEmpty()).toList();
    return ok(
        template(
            "level.jte",
            new Pages.Level(
                chrome(framework.title() + ": level " + level, url, framework.path()),
                framework,
                level,
                topics,
                problemsOf(framework))));
  }

  private Rendered comparePage(Framework framework, int from, int to, String url) {
    if (!framework.hasLevel(from) || !framework.hasLevel(to)) {
      return notFound(url);
    }
    // Issue 10: a comparison downwards is shown upwards, as a career goes, and says so; a level
    // compared with itself says there is nothing to compare; a jump over levels shows each step.
    int lower = Math.min(from, to);
    int higher = Math.max(from, to);
    String note =
        from == to
            ? "Level "
                + from
                + " compared with itself: nothing changes. Choose two different levels."
            : from > to
                ? "You asked for level "
                    + from
                    + " to level "
                    + to
                    + ": shown from "
                    + lower
                    + " to "
                    + higher
                    + ", the way a career goes."
                : null;
    List<LevelComparison> steps = new java.util.ArrayList<>();
    if (higher - lower > 1) {
      for (int level = lower; level < higher; level++) {
        steps.add(LevelComparison.between(framework, level, level + 1));
      }
    }
    return ok(
        template(
            "compare.jte",
            new Pages.Compare(
                chrome(framework.title() + ": level " + from + " to " + to, url, framework.path()),
                framework,
                LevelComparison.between(framework, lower, higher),
                problemsOf(framework),
                note,
                steps)));
  }

  private List<Problem> problemsOf(Framework framework) {
    return set.problemsOf(framework.source());
  }

  private Chrome chrome(String title, String url, String currentPath) {
    return new Chrome(siteName, title, SiteLinks.from(url), sidebar, currentPath, staticSite);
  }

  private static Rendered ok(String html) {
    return new Rendered(200, html);
  }

  private static String template(String name, Object page) {
    StringOutput output = new StringOutput(16 * 1024);
    TEMPLATES.render(name, page, output);
    return output.toString();
  }
}
