package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rungs.app.web.Emoji;
import org.rungs.app.web.Markdown;
import org.rungs.app.web.Sidebar;
import org.rungs.app.web.SiteLinks;
import org.rungs.framework.Criterion;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import org.rungs.framework.FrameworkParser;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Frameworks;

class SiteRendererTests {

  private static final Path SHARED = Path.of(System.getProperty("rungs.shared", "../../shared"));

  private static FrameworkSet parse(String... files) {
    List<String> names = new ArrayList<>();
    List<FrameworkParser.Parsed> parsed = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      names.add("f" + i + ".md");
      parsed.add(FrameworkParser.parse(files[i], names.get(i)));
    }
    return Frameworks.resolve(names, parsed, List.of());
  }

  private static SiteRenderer examples() {
    return new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", false);
  }

  /** Each company's current files, as it would serve them. */
  static List<Path> corpusSets() throws IOException {
    try (Stream<Path> sets = Files.list(SHARED.resolve("corpus"))) {
      return sets.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFrameworkRendersEveryCriterionOfTheExport() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path set : corpusSets()) {
      tests.add(
          DynamicTest.dynamicTest(set.getFileName().toString(), () -> rendersEverything(set)));
    }
    tests.add(DynamicTest.dynamicTest("seed", () -> rendersEverything(SHARED.resolve("seed"))));
    return tests.stream();
  }

  private static void rendersEverything(Path folder) throws IOException {
    List<Path> current;
    try (Stream<Path> files = Files.walk(folder)) {
      current =
          files
              .filter(file -> file.toString().endsWith(".md"))
              .filter(file -> !file.getFileName().toString().contains(".md@"))
              .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
              .sorted()
              .toList();
    }
    FrameworkSet set = Frameworks.load(current);
    SiteRenderer renderer = new SiteRenderer(set, "Rungs", false);
    assertThat(renderer.render("/", "").status()).isEqualTo(200);
    for (Framework framework : set.frameworks()) {
      String page = renderer.render(SiteLinks.page(framework.path()), "").html();
      assertThat(page).contains("<h1");
      if (framework.kind() != FrameworkKind.LEVELLED) {
        continue;
      }
      for (int level = 1; level <= framework.levels(); level++) {
        int shown = level;
        String html = renderer.render(SiteLinks.level(framework.path(), level), "").html();
        assertIdsAreUnique(framework.path() + " level " + level, html);
        if (level > 1) {
          assertIdsAreUnique(
              framework.path() + " compare " + (level - 1) + "/" + level,
              renderer.render(SiteLinks.compare(framework.path(), level - 1, level), "").html());
        }
        List<Criterion> criteria =
            framework.topics().stream().flatMap(topic -> topic.criteriaAt(shown).stream()).toList();
        for (Criterion criterion : criteria) {
          assertThat(html)
              .as("%s level %d shows %s", framework.path(), level, criterion.text())
              .contains("id=\"" + criterion.id().value() + "\"")
              .contains(Markdown.inline(criterion.text()));
          for (String example : criterion.examples()) {
            assertThat(html).contains(Markdown.inline(example));
          }
        }
      }
      String matrix = renderer.render(SiteLinks.matrix(framework.path()), "").html();
      assertThat(matrix).contains("<table class=\"matrix\">");
    }
  }

  /** Duplicate ids break labels and links, and real files repeat topic names. */
  private static void assertIdsAreUnique(String page, String html) {
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("%s has id %s once", page, ids.group(1)).isTrue();
    }
  }

  @Test
  void topicsWithTheSameNameGetCardsWithDistinctIds() {
    String twice =
        """
        ---
        path: "/twice"
        title: "Twice"
        yaml: true
        levels: 1
        topics:
          - name: "craft"
            title: "Craft"
            content:
              - level: 1
                criteria: ["Writes tests"]
          - name: "craft"
            title: "Craft again"
            content:
              - level: 1
                criteria: ["Reviews code"]
          - name: "craft-2"
            title: "Craft, the second"
            content:
              - level: 1
                criteria: ["Pairs with others"]
        ---
        """;
    String html =
        new SiteRenderer(parse(twice), "Rungs", false).render("/twice/levels/1/", "").html();
    assertIdsAreUnique("/twice level 1", html);
    assertThat(html)
        .contains("id=\"topic-craft\"")
        .contains("id=\"topic-craft-2\"")
        .contains("id=\"topic-craft-2-2\"");
  }

  @Test
  void noScriptFromAFrameworkFileReachesThePage() {
    String hostile =
        """
        ---
        path: "/evil"
        title: "<script>alert('title')</script>Evil"
        yaml: true
        levels: 1
        homepage: true
        topics:
          - name: "x"
            title: "<img src=x onerror=alert(1)>"
            content:
              - level: 1
                criteria:
                  - "Clicks [here](javascript:alert(1)) <script>alert(2)</script>"
                exampleCriteria:
                  - criteria: "Example <b onmouseover=alert(3)>bold</b>"
                    examples: ["<iframe src=//evil></iframe>"]
        ---
        <script>alert(4)</script>
        <a href="javascript:alert(5)">x</a>
        <div onclick="alert(6)">body</div>
        """;
    SiteRenderer renderer = new SiteRenderer(parse(hostile), "Rungs", false);

    for (String url : List.of("/", "/evil/", "/evil/levels/1/", "/evil/matrix/")) {
      assertNoScript(url, renderer.render(url, "").html());
    }
    assertNoScript("/search/", renderer.render("/search/", "clicks").html());
  }

  /** No script element, event handler attribute, script URL or frame in any tag of the page. */
  private static void assertNoScript(String url, String html) {
    assertThat(html)
        .as(url)
        .doesNotContain("<script>alert")
        .doesNotContainPattern("<[a-zA-Z][^>]*\\son[a-z]+\\s*=")
        .doesNotContainPattern("(?i)(href|src)\\s*=\\s*[\"']?\\s*javascript:")
        .doesNotContain("<iframe");
    assertThat(html.split("<script").length - 1).as("only Rungs' own script file").isEqualTo(1);
  }

  @Test
  void rendersFrameworkTextMarkdownAsMarkup() {
    SiteRenderer renderer = examples();

    String page = renderer.render("/engineering/backend/", "").html();

    assertThat(page).contains("<table>").contains("<th>");
  }

  @Test
  void levelPageShowsOwnThenExampleThenInheritedCriteriaAndLinksAdjacentLevels() {
    String html = examples().render("/engineering/backend/levels/3/", "").html();

    assertThat(html)
        .contains("<h2 class=\"level-title\">Level 3</h2>")
        .contains("From the generic framework")
        .contains("<details class=\"examples\">")
        .contains("href=\"../../compare/2/3/\"")
        .contains("href=\"../../compare/3/4/\"")
        .contains("href=\"../2/\"")
        .contains("href=\"../4/\"");
  }

  @Test
  void comparePageShowsWhatIsNewAndWhatIsNoLongerListed() {
    String html = examples().render("/engineering/backend/compare/2/3/", "").html();

    assertThat(html)
        .contains("New at level 3")
        .contains("Listed at level 2, not at 3")
        .contains("criterion added");
  }

  @Test
  void sidebarListsUngroupedFrameworksFirstAndHidesTheGeneric() {
    FrameworkSet set =
        parse(
            "---\npath: \"/generic\"\ntitle: \"📄 Generic\"\nyaml: true\nlevels: 1\n---\n",
            "---\npath: \"/lead\"\ntitle: \"👩‍💼 Leadership\"\nsidebarTitle: \"👩‍💼 Leadership\"\nyaml: true\nlevels: 1\n---\n",
            "---\npath: \"/eng/plain\"\ntitle: \"Plain\"\nsidebarGroup: \"engineering\"\nyaml: true\nlevels: 1\n---\n");

    Sidebar sidebar = Sidebar.of(set);

    assertThat(sidebar.ungrouped()).extracting(Sidebar.Entry::icon).containsExactly("👩‍💼");
    assertThat(sidebar.ungrouped()).extracting(Sidebar.Entry::label).containsExactly("Leadership");
    assertThat(sidebar.groups())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.title()).isEqualTo("Engineering");
              assertThat(group.entries()).extracting(Sidebar.Entry::label).containsExactly("Plain");
              assertThat(group.entries()).extracting(Sidebar.Entry::icon).containsExactly("");
            });
  }

  @Test
  void searchFindsCriteriaByTheirWordsAndExamplesAndLinksToTheirAnchor() {
    SiteRenderer renderer = examples();

    List<SearchIndex.Hit> hits = renderer.searchIndex().search("on-call");
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).entry().url())
        .startsWith("/engineering/backend/levels/")
        .contains("#backend-owns-oncall");

    String page = renderer.render("/search/", "on-call").html();
    assertThat(page)
        .contains("#backend-owns-oncall\"")
        .contains("criteria match")
        .contains("Level 3");
  }

  @Test
  void searchMatchesTheStartsOfWordsNotTheirMiddles() {
    SearchIndex index = examples().searchIndex();

    assertThat(index.search("call"))
        .extracting(hit -> hit.entry().criterion().text())
        .noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("specifically"));
    assertThat(SearchIndex.hasWordStartingWith("gives feedback specifically", "call")).isFalse();
    assertThat(SearchIndex.hasWordStartingWith("on call rota", "call")).isTrue();
    assertThat(SearchIndex.hasWordStartingWith("calls", "call")).isTrue();
  }

  @Test
  void unknownPagesAndLevelsAreNotFound() {
    SiteRenderer renderer = examples();

    assertThat(renderer.render("/nope/", "").status()).isEqualTo(404);
    assertThat(renderer.render("/engineering/backend/levels/7/", "").status()).isEqualTo(404);
    assertThat(renderer.render("/engineering/backend/compare/0/3/", "").status()).isEqualTo(404);
  }

  @Test
  void homePageShowsTheAimsAndListsFilesThatCouldNotBeShown() {
    FrameworkSet set =
        parse(
            "---\npath: \"/\"\ntitle: \"Our frameworks\"\n---\nWe aim *high*.\n",
            "not a framework\n");

    String html = new SiteRenderer(set, "Rungs", false).render("/", "").html();

    assertThat(html)
        .contains("Our frameworks")
        .contains("We aim <em>high</em>.")
        .contains("f1.md:1:1")
        .contains("RUNGS002");
  }

  @Test
  void emojiOfSidebarTitlesAreWholeSequences() {
    assertThat(Emoji.leading("👩‍💼 Leadership")).isEqualTo("👩‍💼");
    assertThat(Emoji.leading("♾️ DevOps")).isEqualTo("♾️");
    assertThat(Emoji.leading("🇬🇧 UK")).isEqualTo("🇬🇧");
    assertThat(Emoji.leading("Plain")).isEmpty();
    assertThat(Emoji.withoutLeading("🛠️ Mastery")).isEqualTo("Mastery");
  }

  @Test
  void linksAreRelativeSoTheSiteWorksFromAnySubPath() {
    SiteLinks links = SiteLinks.from("/engineering/backend/levels/2/");

    assertThat(links.to("/search/")).isEqualTo("../../../../search/");
    assertThat(links.to("/engineering/backend/compare/2/3/")).isEqualTo("../../compare/2/3/");
    assertThat(links.to("/engineering/backend/levels/3/")).isEqualTo("../3/");
    assertThat(links.to("/engineering/backend/levels/2/")).isEqualTo("./");
    assertThat(links.to("/assets/rungs.css")).isEqualTo("../../../../assets/rungs.css");
    assertThat(SiteLinks.from("/").to("/engineering/backend/")).isEqualTo("engineering/backend/");
    assertThat(SiteLinks.from("/").to("/")).isEqualTo("./");
  }
}
