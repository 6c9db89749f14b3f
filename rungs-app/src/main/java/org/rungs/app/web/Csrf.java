package org.rungs.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF field every form posts, rendered by the {@code csrf.jte} fragment: {@code
 * @template.csrf(csrf = page.csrf())}.
 */
public record Csrf(String parameter, String token) {

  /** The token Spring Security put on this request. */
  public static Csrf of(HttpServletRequest request) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Csrf(token.getParameterName(), token.getToken());
  }
}
