package org.rungs.app.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes a {@link SitePages.Page} straight to the servlet response: conditional requests answered
 * with 304, gzip when the client takes it. Shared by the fast path and the controller so both
 * answer alike.
 */
final class PageResponses {
  private PageResponses() {}

  static void write(
      SitePages.Page page,
      String contentType,
      String cacheControl,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    response.setHeader("ETag", page.etag());
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("Vary", "Accept-Encoding");
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (page.status() == 200 && ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(page.status());
    response.setContentType(contentType);
    String acceptEncoding = request.getHeader("Accept-Encoding");
    byte[] body = page.body();
    if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
      response.setHeader("Content-Encoding", "gzip");
      body = page.gzipped();
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
