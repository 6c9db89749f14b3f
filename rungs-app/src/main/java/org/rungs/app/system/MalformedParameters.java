package org.rungs.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form whose parameters cannot be decoded (e.g. {@code ?q=%ff%fe}, which is not UTF-8)
 * is a bad request, not a server error. Tomcat throws when such parameters are first read, deep in
 * Spring, which logged a stack trace at ERROR and answered 500; this reads them first and answers
 * 400 with one line in the log at DEBUG. Multipart bodies are left to the upload handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedParameters extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(MalformedParameters.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.startsWith("multipart/")) {
      try {
        request.getParameterMap();
      } catch (IllegalStateException undecodable) {
        LOG.debug(
            "400 for {} {}: {}",
            request.getMethod(),
            request.getRequestURI(),
            undecodable.getMessage());
        refuse(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String detail = "the address or form has characters that are not percent-encoded UTF-8";
    if (request.getRequestURI().startsWith("/api/")) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                  + detail
                  + "\"}");
    } else {
      // The error page says it in the site's layout (ErrorPagesController).
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
    }
  }
}
