package org.rungs.app.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rungs.framework.FrameworkSet;
import org.rungs.framework.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the framework site: pages (rendered once per version of the frameworks by {@link
 * SitePages}), search, assets and {@code /health}.
 */
@RestController
class SiteController {

  static final String HTML = "text/html;charset=UTF-8";

  /** Pages change whenever a framework file does: always revalidate, cheaply, by ETag. */
  static final String PAGE_CACHING = "no-cache";

  private static final String ASSET_CACHING = "max-age=3600";

  private final SitePages pages;
  private final org.rungs.app.pay.Pay pay;
  private final Map<String, SitePages.Page> assets;

  public SiteController(SitePages pages, org.rungs.app.pay.Pay pay) {
    this.pages = pages;
    this.pay = pay;
    this.assets = loadAssets();
  }

  @GetMapping("/health")
  public Map<String, Object> health() {
    FrameworkSet set = pages.frameworks();
    Map<String, Object> health = new LinkedHashMap<>();
    long errors = set.problems().stream().filter(Problem::isError).count();
    health.put("status", "UP");
    health.put("frameworks", set.frameworks().size());
    health.put("files", set.files().size());
    health.put("errors", errors);
    health.put("warnings", set.problems().size() - errors);
    health.put("problems", set.problems().stream().map(Problem::toString).toList());
    // bands.yml sits beside the frameworks and is reviewed like them: its problems show here too.
    health.put("bandProblems", pay.bandProblems());
    return health;
  }

  @GetMapping("/assets/{name:.+}")
  public void asset(
      @PathVariable String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SitePages.Page asset = assets.get(name);
    if (asset == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PageResponses.write(asset, contentType(name), ASSET_CACHING, request, response);
  }

  @GetMapping("/**")
  public void page(
      @RequestParam(name = "q", required = false) String query,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    String path;
    try {
      path = URI.create(request.getRequestURI()).getPath();
    } catch (IllegalArgumentException notAUri) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a valid address");
      return;
    }
    if (!path.endsWith("/")) {
      // Every page lives at a folder-like URL, so its relative links work as in the export.
      String queryString = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", request.getRequestURI() + "/" + queryString);
      return;
    }
    String from = request.getParameter("from");
    String to = request.getParameter("to");
    if (from != null
        && to != null
        && path.matches(".*/compare/[0-9]+/[0-9]+/")
        && from.matches("[0-9]{1,2}")
        && to.matches("[0-9]{1,2}")) {
      // The compare form works without script: its choice becomes the comparison's address.
      String base = request.getRequestURI().replaceAll("compare/[0-9]+/[0-9]+/$", "");
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", base + "compare/" + from + "/" + to + "/");
      return;
    }
    SitePages.Page page = path.equals("/search/") ? pages.search(query) : pages.page(path);
    PageResponses.write(page, HTML, PAGE_CACHING, request, response);
  }

  private static Map<String, SitePages.Page> loadAssets() {
    Map<String, SitePages.Page> assets = new HashMap<>();
    for (String name : StaticSite.ASSETS) {
      try (InputStream in = SiteController.class.getResourceAsStream("/static/assets/" + name)) {
        if (in == null) {
          throw new IllegalStateException("asset missing from the jar: " + name);
        }
        assets.put(name, SitePages.of(200, in.readAllBytes()));
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
}
