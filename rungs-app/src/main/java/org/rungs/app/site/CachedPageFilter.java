package org.rungs.app.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fast path: a page already rendered for the current frameworks is sent from memory without
 * going through Spring MVC's dispatch, which is most of the cost of a request for a cached page.
 * Everything else (first renders, search, redirects, assets) goes on to {@link SiteController}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachedPageFilter extends OncePerRequestFilter {

  private final SitePages pages;
  private final CachedPageTimings timings;

  CachedPageFilter(SitePages pages, CachedPageTimings timings) {
    this.pages = pages;
    this.timings = timings;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long started = System.nanoTime();
    Optional<SitePages.Page> page = cachedPageFor(pages, request);
    if (page.isPresent()) {
      PageResponses.write(
          page.get(), SiteController.HTML, SiteController.PAGE_CACHING, request, response);
      timings.record(request, response.getStatus(), started);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The page this request gets from memory, if any; also asked by {@link CachedPageTimings}. */
  static Optional<SitePages.Page> cachedPageFor(SitePages pages, HttpServletRequest request) {
    String method = request.getMethod();
    String uri = request.getRequestURI();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || request.getQueryString() != null
        || !uri.endsWith("/")
        || uri.equals("/search/")) {
      return Optional.empty();
    }
    if (uri.indexOf('%') < 0) {
      // Nothing to decode; only real pages are cached, so an address that is not a valid URI
      // finds nothing either way. Spares parsing a URI twice per request.
      return pages.cached(uri);
    }
    try {
      return pages.cached(URI.create(uri).getPath());
    } catch (IllegalArgumentException notAUri) {
      return Optional.empty();
    }
  }
}
