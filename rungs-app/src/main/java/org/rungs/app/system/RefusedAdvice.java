package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a {@link Refused} request: a problem for the API, a page for everything else. */
@RestControllerAdvice
class RefusedAdvice {

  private final HtmlPages pages;

  RefusedAdvice(HtmlPages pages) {
    this.pages = pages;
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<?> refused(Refused refused, HttpServletRequest request) {
    Refusal refusal = refused.refusal();
    String url = request.getRequestURI();
    if (url.startsWith("/api/")) {
      return Problems.of(refusal);
    }
    String sentence =
        refusal.reason().substring(0, 1).toUpperCase(Locale.ROOT)
            + refusal.reason().substring(1)
            + ".";
    if (refusal instanceof Refusal.NotFound) {
      return pages.notFound(url, sentence);
    }
    return ResponseEntity.status(RefusalStatus.of(refusal))
        .contentType(MediaType.TEXT_PLAIN)
        .body(sentence);
  }
}
