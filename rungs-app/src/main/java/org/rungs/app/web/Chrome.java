package org.rungs.app.web;

import org.rungs.framework.Framework;

/**
 * What every page shares: its title, where it is (for relative links and the current sidebar
 * entry), the sidebar, and whether it is part of a static export.
 *
 * @param currentPath the framework path this page belongs to, or {@code null}
 * @param account who is signed in, or {@code null} on shared pages
 */
public record Chrome(
    String siteName,
    String title,
    SiteLinks links,
    Sidebar sidebar,
    String currentPath,
    boolean staticSite,
    Account account) {

  /**
   * Who is signed in, on pages made for them (never on the shared framework pages, which are the
   * same for everyone and cached).
   *
   * @param waiting how many things wait for them ("Waiting for me (3)")
   */
  public record Account(String name, boolean admin, Csrf csrf, int waiting) {}

  /**
   * The Content-Security-Policy of exported pages, which have no server to send it as a header: the
   * live site's, without {@code frame-ancestors}, which browsers ignore in a meta element.
   */
  public static final String EXPORTED_PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'";

  /** A page of the framework site, the same for everyone. */
  public Chrome(
      String siteName,
      String title,
      SiteLinks links,
      Sidebar sidebar,
      String currentPath,
      boolean staticSite) {
    this(siteName, title, links, sidebar, currentPath, staticSite, null);
  }

  public String asset(String name) {
    return links.to("/assets/" + name);
  }

  public String home() {
    return links.to("/");
  }

  public String search() {
    return links.to("/search/");
  }

  public String page(Framework framework) {
    return links.to(SiteLinks.page(framework.path()));
  }

  public String page(String path) {
    return links.to(SiteLinks.page(path));
  }

  public String level(Framework framework, int level) {
    return links.to(SiteLinks.level(framework.path(), level));
  }

  public String compare(Framework framework, int from, int to) {
    return links.to(SiteLinks.compare(framework.path(), from, to));
  }

  public String matrix(Framework framework) {
    return links.to(SiteLinks.matrix(framework.path()));
  }

  public boolean isCurrent(String path) {
    return path.equals(currentPath);
  }
}
