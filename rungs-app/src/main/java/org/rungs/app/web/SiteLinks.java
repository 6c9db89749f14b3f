package org.rungs.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative links from one page of the site to another, so the same HTML works served live, from a
 * static host's sub-path, or from a folder. Every page's URL ends in {@code /}.
 *
 * <p>{@code SiteLinks.from("/engineering/backend/levels/2/").to("/search/")} is {@code
 * ../../../../search/}.
 */
public final class SiteLinks {

  private final List<String> here;

  private SiteLinks(List<String> here) {
    this.here = here;
  }

  /** Links from the page at {@code pageUrl} (a site URL ending in {@code /}). */
  public static SiteLinks from(String pageUrl) {
    return new SiteLinks(segments(pageUrl));
  }

  /**
   * The relative link to a site URL, e.g. {@code /engineering/web/} or {@code /assets/rungs.css}.
   */
  public String to(String siteUrl) {
    List<String> target = segments(siteUrl);
    boolean directory = siteUrl.endsWith("/");
    // A file's own name is never a folder it shares with here.
    int comparable = directory ? target.size() : target.size() - 1;
    int common = 0;
    while (common < here.size()
        && common < comparable
        && here.get(common).equals(target.get(common))) {
      common++;
    }
    StringBuilder link = new StringBuilder("../".repeat(here.size() - common));
    for (int i = common; i < target.size(); i++) {
      link.append(target.get(i));
      if (i < target.size() - 1 || directory) {
        link.append('/');
      }
    }
    return link.length() == 0 ? "./" : link.toString();
  }

  /**
   * The site URL of a framework path's page: {@code /engineering/devOps} → {@code
   * /engineering/devOps/}.
   */
  public static String page(String frameworkPath) {
    return frameworkPath.equals("/") ? "/" : frameworkPath + "/";
  }

  public static String level(String frameworkPath, int level) {
    return page(frameworkPath) + "levels/" + level + "/";
  }

  public static String compare(String frameworkPath, int from, int to) {
    return page(frameworkPath) + "compare/" + from + "/" + to + "/";
  }

  public static String matrix(String frameworkPath) {
    return page(frameworkPath) + "matrix/";
  }

  private static List<String> segments(String url) {
    List<String> segments = new ArrayList<>();
    for (String segment : url.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return segments;
  }
}
