package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own refusals (a method the address does not take, a missing parameter, an unreadable
 * body): problem details under {@code /api/}, as before, and a page everywhere else. Last among the
 * advices, so the features' own handlers answer first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice extends ResponseEntityExceptionHandler {

  private final ErrorPages errors;

  ErrorAdvice(ErrorPages errors) {
    this.errors = errors;
  }

  /**
   * A multipart body that does not parse (no boundary, cut short): the caller's mistake, so a 400
   * that says so. Spring leaves it to the container, which made it a 500. An upload over the size
   * limit is more specific and keeps its 413 from {@link ResponseEntityExceptionHandler}.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<?> unreadableMultipart(HttpServletRequest request) {
    return errors.answer(
        request,
        request.getRequestURI(),
        HttpStatus.BAD_REQUEST,
        "the upload could not be read: it is not well-formed multipart/form-data",
        new HttpHeaders());
  }

  @Override
  @SuppressWarnings("unchecked")
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception failure,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
    if (servlet.getRequestURI().startsWith("/api/")) {
      return super.handleExceptionInternal(failure, body, headers, status, request);
    }
    return (ResponseEntity<Object>)
        errors.answer(servlet, servlet.getRequestURI(), status, null, headers);
  }
}
