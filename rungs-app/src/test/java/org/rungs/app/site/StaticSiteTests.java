package org.rungs.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rungs.app.web.Chrome;
import org.rungs.framework.Frameworks;

class StaticSiteTests {

  private static final Pattern LINK =
      Pattern.compile("(?:href|src|action|data-index)=\"([^\"#?]*)[^\"]*\"");

  @TempDir Path out;

  @Test
  void everyRelativeLinkOfTheExportLeadsToAFileOfTheExport() throws IOException {
    int pages =
        new StaticSite(
                new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true))
            .write(out);

    assertThat(pages).isGreaterThan(50);
    List<String> broken = new ArrayList<>();
    List<Path> htmlFiles;
    try (Stream<Path> files = Files.walk(out)) {
      htmlFiles = files.filter(file -> file.toString().endsWith(".html")).toList();
    }
    for (Path html : htmlFiles) {
      Matcher link = LINK.matcher(Files.readString(html));
      while (link.find()) {
        String target = link.group(1);
        if (target.isEmpty() || target.startsWith("http") || target.startsWith("mailto:")) {
          continue;
        }
        Path resolved = html.getParent().resolve(URI.create(target).getPath()).normalize();
        if (Files.isDirectory(resolved)) {
          resolved = resolved.resolve("index.html");
        }
        if (!resolved.startsWith(out) || !Files.exists(resolved)) {
          broken.add(out.relativize(html) + " -> " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void aFailedWriteHasStoppedWritingWhenItThrows() throws Exception {
    Path file = Files.writeString(out.resolve("site.txt"), "not a folder");
    StaticSite site =
        new StaticSite(
            new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true));

    assertThatThrownBy(() -> site.write(file.resolve("site")))
        .isInstanceOf(UncheckedIOException.class);

    // The caller may now remove what is in the way, as CI removes its temporary folder: no page
    // still being written may recreate it as a folder behind its back.
    Files.delete(file);
    Thread.sleep(300);
    assertThat(file).doesNotExist();
  }

  @Test
  void writesPagesForEveryLevelComparesOfEveryPairTheSearchIndexAndAssets() throws IOException {
    new StaticSite(new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true))
        .write(out);

    assertThat(out.resolve("index.html")).exists();
    assertThat(out.resolve("404.html")).exists();
    assertThat(out.resolve("engineering/backend/levels/6/index.html")).exists();
    assertThat(out.resolve("engineering/backend/compare/5/6/index.html")).exists();
    assertThat(out.resolve("engineering/backend/compare/1/6/index.html"))
        .content()
        .contains("From level 1 to level 6")
        .contains("href=\"../../2/6/\"");
    assertThat(out.resolve("engineering/backend/matrix/index.html")).exists();
    assertThat(out.resolve("search/index.html")).content().contains("data-static=\"true\"");
    assertThat(out.resolve("search-index.json")).content().contains("backend-owns-oncall");
    assertThat(out.resolve("assets/rungs.css")).exists();
    assertThat(out.resolve("assets/rungs.js")).exists();
  }

  @Test
  void everyExportedPageCarriesAContentSecurityPolicyAsStrictAsTheLiveSites() throws IOException {
    new StaticSite(new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true))
        .write(out);

    String policy =
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + Chrome.EXPORTED_PAGE_POLICY.replace("'", "&#39;")
            + "\">";
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(file -> file.toString().endsWith(".html")))
          .isNotEmpty()
          .allSatisfy(html -> assertThat(html).content().contains(policy));
    }
  }

  @Test
  void buildCommandWritesTheSiteAndSaysHowMuch() throws IOException {
    var run =
        org.rungs.app.testing.CommandRun.of("build", "../frameworks", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("(?s)wrote \\d+ pages for 7 frameworks to .* in \\d+ ms\\n");
    assertThat(out.resolve("engineering/web/levels/1/index.html")).exists();
  }

  @Test
  void listsExactlyTheFilesItWrites() throws IOException {
    StaticSite site =
        new StaticSite(
            new SiteRenderer(Frameworks.load(Path.of("..", "frameworks")), "Rungs", true));
    site.write(out);

    List<String> written;
    try (Stream<Path> files = Files.walk(out)) {
      written =
          files.filter(Files::isRegularFile).map(file -> out.relativize(file).toString()).toList();
    }
    assertThat(site.files()).containsExactlyInAnyOrderElementsOf(written);
  }
}
