package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose id or level is not written as Rungs writes it ({@link PlainNumbers}) names
 * nothing: 404, as for an id nobody has, rather than Spring's 400. Other parameters of the wrong
 * type stay a 400. Either way it is the caller's mistake, so nothing is logged as an error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedIds {

  private final HtmlPages pages;
  private final ErrorPages errors;

  MalformedIds(HtmlPages pages, ErrorPages errors) {
    this.pages = pages;
    this.errors = errors;
  }

  /**
   * Numbers in paths and parameters are read as {@link PlainNumbers}. A property editor, not a
   * converter: when a converter refuses a value, Spring falls back to its lenient default editor.
   */
  @InitBinder
  void plainNumbers(WebDataBinder binder) {
    binder.registerCustomEditor(long.class, new PlainNumberEditor(Long.MAX_VALUE, false));
    binder.registerCustomEditor(Long.class, new PlainNumberEditor(Long.MAX_VALUE, true));
    binder.registerCustomEditor(int.class, new PlainNumberEditor(Integer.MAX_VALUE, false));
    binder.registerCustomEditor(Integer.class, new PlainNumberEditor(Integer.MAX_VALUE, true));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<?> mismatch(
      MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
    String uri = request.getRequestURI();
    boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
    String written = String.valueOf(mismatch.getValue());
    if (uri.startsWith("/api/")) {
      return inPath
          ? Problems.of(
              new Refusal.NotFound("nothing at this address: '" + written + "' is not an id"))
          : Problems.of(
              new Refusal.Invalid(
                  "the request is not valid",
                  Map.of(mismatch.getName(), "'" + written + "' is not a plain number")));
    }
    if (inPath) {
      return pages.notFound(uri, "There is nothing at this address.");
    }
    return errors.answer(
        request,
        uri,
        HttpStatus.BAD_REQUEST,
        mismatch.getName() + ": '" + written + "' is not a plain number",
        new HttpHeaders());
  }

  private static final class PlainNumberEditor extends PropertyEditorSupport {
    private final long max;
    private final boolean boxed;

    PlainNumberEditor(long max, boolean boxed) {
      this.max = max;
      this.boxed = boxed;
    }

    @Override
    public void setAsText(String text) {
      if (boxed && (text == null || text.isEmpty())) {
        setValue(null);
        return;
      }
      long number =
          PlainNumbers.parse(text).stream()
              .filter(n -> n <= max)
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("'" + text + "' is not a plain number"));
      setValue(max == Long.MAX_VALUE ? (Object) number : (Object) (int) number);
    }
  }
}
