package org.rungs.app.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.rungs.app.system.EveryResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fast path: a page already rendered for the current frameworks is sent from memory before any
 * other filter runs and without Spring MVC's dispatch, with the headers every response carries
 * ({@link EveryResponse}). Everything else (first renders, search, redirects, assets) goes on to
 * the other filters and {@link SiteController}.
 *
 * <p>First, because the filters in front of it (request id, security headers, encoding, Spring's
 * request observation, API caching, parameter checks) each cost CPU on the cheapest request Rungs
 * serves; the security chain and the session come later still, so a signed-in person's cookie does
 * not make Rungs load their session for a page that is the same for everyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
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
    if (page.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    EveryResponse.begin(request, response);
    int status = 500;
    try {
      PageResponses.write(
          page.get(), SiteController.HTML, SiteController.PAGE_CACHING, request, response);
      status = response.getStatus();
      timings.record(request, status, started);
    } finally {
      EveryResponse.end(request, status, started);
    }
  }

  /** The page this request gets from memory, if any. */
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
