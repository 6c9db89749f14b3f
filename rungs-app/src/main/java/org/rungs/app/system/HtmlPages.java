package org.rungs.app.system;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.app.site.Chrome;
import org.rungs.app.site.Sidebar;
import org.rungs.app.site.SiteLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Renders the signed-in pages with the site's layout: personal pages are never cached by browsers
 * or proxies, and every form gets the request's CSRF token.
 */
@Component
public class HtmlPages {

  /** Who a signed-in page is for, as its top bar shows them. */
  public interface Viewer {
    String name();

    boolean isAdmin();
  }

  /** The CSRF field every form posts. */
  public record Csrf(String parameter, String token) {}

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final FrameworkLibrary frameworks;
  private final FrameworkSettings settings;

  public HtmlPages(FrameworkLibrary frameworks, FrameworkSettings settings) {
    this.frameworks = frameworks;
    this.settings = settings;
  }

  public Chrome chrome(String title, String url) {
    return chrome(title, url, null);
  }

  /** The chrome of a page made for the signed-in person: with sign-out, and People for admins. */
  public Chrome chrome(String title, String url, Viewer viewer, HttpServletRequest request) {
    Csrf csrf = csrf(request);
    return chrome(
        title,
        url,
        new Chrome.Account(viewer.name(), viewer.isAdmin(), csrf.parameter(), csrf.token()));
  }

  private Chrome chrome(String title, String url, Chrome.Account account) {
    return new Chrome(
        settings.siteName(),
        title,
        SiteLinks.from(url),
        Sidebar.of(frameworks.current().set()),
        null,
        false,
        account);
  }

  public static Csrf csrf(HttpServletRequest request) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Csrf(token.getParameterName(), token.getToken());
  }

  public ResponseEntity<String> render(String template, Object model, HttpStatus status) {
    StringOutput output = new StringOutput(16 * 1024);
    TEMPLATES.render(template, model, output);
    return ResponseEntity.status(status)
        .cacheControl(CacheControl.noStore())
        .contentType(HTML)
        .body(output.toString());
  }

  public ResponseEntity<String> notFound(String url, String message) {
    return render(
        "notfound.jte",
        new org.rungs.app.site.Pages.NotFound(chrome("Not found", url), message),
        HttpStatus.NOT_FOUND);
  }

  /** After a successful form post: back to a page, so a reload does not post again. */
  public static ResponseEntity<String> seeOther(String location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
  }
}
