package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import org.rungs.app.site.Chrome;
import org.rungs.app.system.HtmlPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in page. */
@RestController
public class LoginController {

  /** The sign-in form. */
  public record Page(
      Chrome chrome,
      String csrfParameter,
      String csrfToken,
      boolean failed,
      boolean signedOut,
      long waitSeconds) {}

  private final HtmlPages pages;

  public LoginController(HtmlPages pages) {
    this.pages = pages;
  }

  @GetMapping("/login")
  public ResponseEntity<String> login(HttpServletRequest request) {
    return page(request, 0, HttpStatus.OK);
  }

  /** The form, saying how long to wait when sign-in is throttled ({@code waitSeconds} > 0). */
  ResponseEntity<String> page(HttpServletRequest request, long waitSeconds, HttpStatus status) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return pages.render(
        "people/login.jte",
        new Page(
            pages.chrome("Sign in", "/login/"),
            csrf.getParameterName(),
            csrf.getToken(),
            request.getParameter("error") != null,
            request.getParameter("logout") != null,
            waitSeconds),
        status);
  }
}
