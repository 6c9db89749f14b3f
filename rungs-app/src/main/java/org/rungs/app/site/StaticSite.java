package org.rungs.app.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.rungs.app.web.SiteLinks;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole site as static files: every page the live server has (compare pages for every
 * pair of levels, or for adjacent levels in frameworks with very many), the search index and the
 * assets, with relative links so the folder works from any sub-path of any static host.
 */
public final class StaticSite {

  /**
   * Up to this many levels, the export has a compare page for every pair (66 at most); beyond it,
   * for adjacent levels only, so a 50-level file does not write 1,225 of them.
   */
  public static final int ALL_PAIRS_UP_TO = 12;

  /** Whether the export has a compare page from every level to every higher one. */
  public static boolean comparesEveryPair(int levels) {
    return levels <= ALL_PAIRS_UP_TO;
  }

  /** The files of the site's assets, served by the live server from the same place. */
  public static final List<String> ASSETS = List.of("rungs.css", "rungs.js", "favicon.svg");

  private final SiteRenderer renderer;

  public StaticSite(SiteRenderer renderer) {
    this.renderer = renderer;
  }

  /** Every page URL of the export, in a stable order. */
  public List<String> urls() {
    List<String> urls = new ArrayList<>();
    urls.add("/");
    urls.add("/search/");
    for (Framework framework : renderer.frameworks().frameworks()) {
      if (framework.path().equals("/")) {
        continue;
      }
      urls.add(SiteLinks.page(framework.path()));
      if (framework.kind() != FrameworkKind.LEVELLED) {
        continue;
      }
      for (int level = 1; level <= framework.levels(); level++) {
        urls.add(SiteLinks.level(framework.path(), level));
        int last = comparesEveryPair(framework.levels()) ? framework.levels() : level + 1;
        for (int to = level + 1; to <= Math.min(last, framework.levels()); to++) {
          urls.add(SiteLinks.compare(framework.path(), level, to));
        }
      }
      urls.add(SiteLinks.matrix(framework.path()));
    }
    return urls;
  }

  /** Every file {@link #write} writes, relative to its folder, e.g. {@code search/index.html}. */
  public List<String> files() {
    List<String> files = new ArrayList<>();
    urls().forEach(url -> files.add(url.substring(1) + "index.html"));
    files.add("404.html");
    files.add("search-index.json");
    ASSETS.forEach(asset -> files.add("assets/" + asset));
    return files;
  }

  /** Writes the site under {@code out}; returns how many pages were written. */
  public int write(Path out) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    List<String> urls = urls();
    // Pages render independently (the renderer is immutable): use every core. A failing page must
    // not end the stream: a parallel forEach that throws returns while other pages are still being
    // written, and those would go on creating folders after the caller has reported the failure
    // (or, in a test, while its temporary folder is being removed). So every page either is
    // written or records why not, and the first failure is thrown once all have ended.
    Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
    urls.parallelStream()
        .forEach(
            url -> {
              if (!failures.isEmpty()) {
                return; // a full disk or a file in the way: one reason is enough
              }
              try {
                writeFile(root, url + "index.html", renderer.render(url, "").html());
              } catch (RuntimeException failed) {
                failures.add(failed);
              }
            });
    RuntimeException failed = failures.peek();
    if (failed != null) {
      throw failed;
    }
    int pages = urls.size();
    writeFile(root, "/404.html", renderer.notFound("/").html());
    writeFile(
        root,
        "/search-index.json",
        JsonMapper.shared().writeValueAsString(renderer.searchIndex().json()));
    for (String asset : ASSETS) {
      try (InputStream in = StaticSite.class.getResourceAsStream("/static/assets/" + asset)) {
        if (in == null) {
          throw new IllegalStateException("asset missing from the jar: " + asset);
        }
        Path target = resolve(root, "/assets/" + asset);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      }
    }
    return pages;
  }

  private static void writeFile(Path root, String url, String content) {
    Path target = resolve(root, url);
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resolve(Path root, String url) {
    Path target = root.resolve(url.substring(1)).normalize();
    if (!target.startsWith(root)) {
      // A framework path such as "/../x" must never write outside the export.
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + url);
    }
    return target;
  }
}
