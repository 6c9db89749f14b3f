package org.rungs.app.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container sends every error nothing else answered (Spring Security's 403, a
 * 500, an upload too large): the same page or problem as everywhere, never Spring's Whitelabel
 * page.
 */
@RestController
class ErrorPagesController implements ErrorController {

  private final ErrorPages errors;

  ErrorPagesController(ErrorPages errors) {
    this.errors = errors;
  }

  @RequestMapping("/error")
  ResponseEntity<?> error(HttpServletRequest request) {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      // Asked for by its address, not sent here by the container: there is no error to show, and
      // answering 500 for it made a crawler think the server had failed.
      return errors.answer(
          request, request.getRequestURI(), HttpStatus.NOT_FOUND, null, new HttpHeaders());
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    int status = code instanceof Integer number ? number : 500;
    return errors.answer(
        request,
        uri == null ? request.getRequestURI() : uri.toString(),
        HttpStatusCode.valueOf(status),
        status == 400 ? detailOf(request) : null,
        new HttpHeaders());
  }

  /** What the code that refused a bad request said, if it said more than the status. */
  private static String detailOf(HttpServletRequest request) {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    return message == null || message.toString().isBlank() ? null : message.toString();
  }
}
