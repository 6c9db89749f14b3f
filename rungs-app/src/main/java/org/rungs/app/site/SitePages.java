package org.rungs.app.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.framework.FrameworkSet;
import org.springframework.stereotype.Component;

/**
 * The live site's pages: each rendered once per version of the frameworks, kept in memory with its
 * ETag and a gzipped copy, and dropped as soon as a framework file changes. Thread-safe.
 */
@Component
class SitePages {

  /** A page ready to send: its status, body, gzipped body and strong ETag. */
  public record Page(int status, byte[] body, byte[] gzipped, String etag) {}

  private static final int MAX_CACHED_PAGES = 20_000;

  /** The pages of one version of the frameworks. */
  private record Site(long version, SiteRenderer renderer, Map<String, Page> pages) {}

  private final FrameworkLibrary library;
  private final FrameworkSettings settings;
  private volatile Site site;

  public SitePages(FrameworkLibrary library, FrameworkSettings settings) {
    this.library = library;
    this.settings = settings;
  }

  /** The page at a site URL (decoded, ending in {@code /}), rendered if not yet cached. */
  public Page page(String path) {
    Site current = site();
    Page page = current.pages().get(path);
    if (page == null) {
      page = of(current.renderer().render(path, null));
      // Only real pages are kept: anyone can ask for endless made-up addresses.
      if (page.status() == 200 && current.pages().size() < MAX_CACHED_PAGES) {
        current.pages().put(path, page);
      }
    }
    return page;
  }

  /** The page if it is already rendered for the current version; for the fast path. */
  public Optional<Page> cached(String path) {
    return Optional.ofNullable(site().pages().get(path));
  }

  /** Search results are made for each query and not kept. */
  public Page search(String query) {
    return of(site().renderer().render("/search/", query));
  }

  /** For tests: the addresses cached for the current version. */
  java.util.Set<String> cachedPaths() {
    return java.util.Set.copyOf(site().pages().keySet());
  }

  public FrameworkSet frameworks() {
    return library.current().set();
  }

  private Site site() {
    FrameworkLibrary.Version version = library.current();
    Site current = site;
    if (current == null || current.version() != version.number()) {
      synchronized (this) {
        current = site;
        if (current == null || current.version() != version.number()) {
          current =
              new Site(
                  version.number(),
                  new SiteRenderer(version.set(), settings.siteName(), false),
                  new ConcurrentHashMap<>());
          site = current;
        }
      }
    }
    return current;
  }

  static Page of(SiteRenderer.Rendered rendered) {
    return of(rendered.status(), rendered.html().getBytes(StandardCharsets.UTF_8));
  }

  static Page of(int status, byte[] body) {
    return new Page(status, body, gzip(body), etag(body));
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
