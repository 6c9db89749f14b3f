package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a {@link Refused} request: a problem for the API, a page for everything else. */
@RestControllerAdvice
class RefusedAdvice {

  private final HtmlPages pages;
  private final ErrorPages errors;

  RefusedAdvice(HtmlPages pages, ErrorPages errors) {
    this.pages = pages;
    this.errors = errors;
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
    return errors.answer(request, url, RefusalStatus.of(refusal), sentence, new HttpHeaders());
  }
}
