package org.rungs.app.site;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the framework site. Each page is rendered once per version of the frameworks and then
 * served from memory with an ETag, so a reload of an unchanged page costs a hash lookup.
 */
@RestController
public class SiteController {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final int MAX_CACHED_PAGES = 20_000;

  /** A rendered page of one version, ready to send. */
  private record CachedPage(int status, byte[] body, String etag) {}

  /** The pages of one version of the frameworks. */
  private record Site(long version, SiteRenderer renderer, Map<String, CachedPage> pages) {}

  private final FrameworkLibrary library;
  private final FrameworkSettings settings;
  private final Map<String, CachedPage> assets;
  private volatile Site site;

  public SiteController(FrameworkLibrary library, FrameworkSettings settings) {
    this.library = library;
    this.settings = settings;
    this.assets = loadAssets();
  }

  @GetMapping("/health")
  public Map<String, Object> health() {
    FrameworkSet set = library.current().set();
    Map<String, Object> health = new LinkedHashMap<>();
    long errors = set.problems().stream().filter(Problem::isError).count();
    health.put("status", "UP");
    health.put("frameworks", set.frameworks().size());
    health.put("files", set.files().size());
    health.put("errors", errors);
    health.put("warnings", set.problems().size() - errors);
    health.put(
        "problems", set.problems().stream().map(Problem::toString).toList());
    return health;
  }

  @GetMapping("/assets/{name:.+}")
  public ResponseEntity<byte[]> asset(@org.springframework.web.bind.annotation.PathVariable String name, WebRequest request) {
    CachedPage asset = assets.get(name);
    if (asset == null) {
      return ResponseEntity.notFound().build();
    }
    if (request.checkNotModified(asset.etag())) {
      return null;
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS))
        .eTag(asset.etag())
        .contentType(MediaType.parseMediaType(contentType(name)))
        .body(asset.body());
  }

  @GetMapping("/**")
  public ResponseEntity<byte[]> page(
      HttpServletRequest request, @RequestParam(name = "q", required = false) String query, WebRequest webRequest) {
    String path = URI.create(request.getRequestURI()).getPath();
    if (!path.endsWith("/")) {
      // Every page lives at a folder-like URL, so its relative links work as in the export.
      String location = request.getRequestURI() + "/" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", location).build();
    }
    Site current = site();
    CachedPage page;
    if (path.equals("/search/")) {
      page = render(current, path, query);
    } else {
      page = current.pages().get(path);
      if (page == null) {
        page = render(current, path, null);
        if (current.pages().size() < MAX_CACHED_PAGES) {
          current.pages().put(path, page);
        }
      }
    }
    if (page.status() == 200 && webRequest.checkNotModified(page.etag())) {
      return null;
    }
    return ResponseEntity.status(page.status())
        .cacheControl(CacheControl.noCache())
        .eTag(page.etag())
        .contentType(HTML)
        .body(page.body());
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

  private static CachedPage render(Site site, String path, String query) {
    SiteRenderer.Rendered rendered = site.renderer().render(path, query);
    byte[] body = rendered.html().getBytes(StandardCharsets.UTF_8);
    return new CachedPage(rendered.status(), body, etag(body));
  }

  private static Map<String, CachedPage> loadAssets() {
    Map<String, CachedPage> assets = new HashMap<>();
    for (String name : StaticSite.ASSETS) {
      try (InputStream in = SiteController.class.getResourceAsStream("/static/assets/" + name)) {
        if (in == null) {
          throw new IllegalStateException("asset missing from the jar: " + name);
        }
        byte[] body = in.readAllBytes();
        assets.put(name, new CachedPage(200, body, etag(body)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(assets);
  }

  private static String contentType(String name) {
    if (name.endsWith(".css")) {
      return "text/css;charset=UTF-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript;charset=UTF-8";
    }
    return name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
  }

  private static String etag(byte[] body) {
    try {
      return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** For tests: the pages cached for the current version. */
  List<String> cachedPaths() {
    return List.copyOf(site().pages().keySet());
  }
}
