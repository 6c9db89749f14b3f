package org.rungs.app.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.rungs.app.system.HtmlPages;
import org.rungs.app.web.Csrf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in page. */
@RestController
class LoginController {

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
    return pages.render(
        "people/login.jte",
        new SignInPage(
            pages.chrome("Sign in", "/login/"),
            Csrf.of(request),
            request.getParameter("error") != null,
            request.getParameter("logout") != null,
            waitSeconds,
            typedEmail(request)),
        status);
  }

  /**
   * The email of the sign-in that just failed, once: from the session after the failure's redirect,
   * or from the form itself when a throttled sign-in is answered at once.
   */
  private static String typedEmail(HttpServletRequest request) {
    Object typed = "POST".equals(request.getMethod()) ? request.getParameter("username") : null;
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignInHandler.TYPED_EMAIL) != null) {
      typed = session.getAttribute(SignInHandler.TYPED_EMAIL);
      session.removeAttribute(SignInHandler.TYPED_EMAIL);
    }
    return typed == null ? "" : typed.toString();
  }
}
