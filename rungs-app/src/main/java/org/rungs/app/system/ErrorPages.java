package org.rungs.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The answer to a request that failed, whatever failed: a page in the site's layout, saying what
 * happened in words and where to go instead, or RFC 9457 problem details under {@code /api/}.
 */
@Component
class ErrorPages {

  private final HtmlPages pages;
  private final Viewers viewers;

  ErrorPages(HtmlPages pages, Viewers viewers) {
    this.pages = pages;
    this.viewers = viewers;
  }

  /**
   * The answer for {@code status} to a request for {@code uri}; {@code detail} (a sentence, or
   * {@code null}) replaces the usual wording of the status.
   */
  ResponseEntity<?> answer(
      HttpServletRequest request,
      String uri,
      HttpStatusCode status,
      String detail,
      HttpHeaders headers) {
    Wording wording = Wording.of(status, request, detail);
    if (uri.startsWith("/api/")) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, wording.apiDetail());
      problem.setType(URI.create("about:blank"));
      return ResponseEntity.status(status)
          .headers(headers)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    Optional<Viewer> viewer = viewers.of(request);
    ResponseEntity<String> page =
        pages.render("error.jte", page(request, uri, status, wording, viewer), httpStatus(status));
    return ResponseEntity.status(status)
        .headers(headers)
        .headers(page.getHeaders())
        .body(page.getBody());
  }

  private ErrorPage page(
      HttpServletRequest request,
      String uri,
      HttpStatusCode status,
      Wording wording,
      Optional<Viewer> viewer) {
    // Links are relative to the folder of the address that failed, as the browser resolves them.
    String folder = uri.isEmpty() ? "/" : uri.substring(0, uri.lastIndexOf('/') + 1);
    boolean hasToken = request.getAttribute(CsrfToken.class.getName()) != null;
    Chrome chrome =
        viewer.isPresent() && hasToken
            ? pages.chrome(wording.heading(), folder, viewer.get(), request)
            : pages.chrome(wording.heading(), folder);
    return new ErrorPage(
        chrome, status.value(), wording.heading(), wording.message(), viewer.isPresent());
  }

  private static HttpStatus httpStatus(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
  }

  /** What a page says for a status. */
  record Wording(String heading, String message, String apiDetail) {

    static Wording of(HttpStatusCode status, HttpServletRequest request, String detail) {
      Wording usual = usual(status, request);
      return detail == null || detail.isBlank()
          ? usual
          : new Wording(usual.heading(), sentence(detail), detail);
    }

    private static Wording usual(HttpStatusCode status, HttpServletRequest request) {
      return switch (status.value()) {
        case 400 ->
            new Wording(
                "Bad request",
                "Rungs could not read this request: check the address, or go back and send the"
                    + " form again.",
                "the request could not be read");
        case 401 ->
            new Wording(
                "Please sign in",
                "This page is for people who are signed in.",
                "sign in, or send a personal API token as Authorization: Bearer TOKEN");
        case 403 -> forbidden(request);
        case 404 ->
            new Wording(
                "Not found",
                "There is nothing at this address.",
                "there is nothing at this address");
        case 405 ->
            new Wording(
                "Not at this address",
                "This address does not take a "
                    + request.getMethod()
                    + " request: open it as a page, or go back and use the form on the page.",
                "this address does not take a " + request.getMethod() + " request");
        case 413 ->
            new Wording(
                "Too large",
                "What was sent is too large for Rungs to take.",
                "the request is too large");
        default ->
            status.is4xxClientError()
                ? new Wording(
                    "Not possible", "Rungs could not do what was asked.", "the request was refused")
                : new Wording(
                    "Something went wrong",
                    "Rungs could not answer this request. The problem is in the server's log;"
                        + " try again in a moment, or tell whoever runs Rungs.",
                    "Rungs could not answer this request; the problem is in the server's log");
      };
    }

    private static Wording forbidden(HttpServletRequest request) {
      Object denied = request.getAttribute("SPRING_SECURITY_403_EXCEPTION");
      if (denied != null && denied.getClass().getSimpleName().contains("Csrf")) {
        return new Wording(
            "The form was out of date",
            "The form was sent from a page that is out of date (perhaps after signing out or in"
                + " again): go back, reload the page and send it again.",
            "the CSRF token is missing or out of date");
      }
      String uri = String.valueOf(request.getAttribute("jakarta.servlet.error.request_uri"));
      return new Wording(
          "Not for you",
          uri.startsWith("/admin/")
              ? "This page is for the people team (admins) only."
              : "You may not see or do this.",
          "not allowed");
    }

    private static String sentence(String detail) {
      String text = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
      return text.endsWith(".") ? text : text + ".";
    }
  }
}
