package org.rungs.app.system;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.frameworks.FrameworkSettings;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.app.web.NotFoundPage;
import org.rungs.app.web.Sidebar;
import org.rungs.app.web.SiteLinks;
import org.rungs.app.web.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders the signed-in pages with the site's layout: personal pages are never cached by browsers
 * or proxies, and every form gets the request's CSRF token.
 */
@Component
public class HtmlPages {

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final FrameworkLibrary frameworks;
  private final FrameworkSettings settings;
  private final ObjectProvider<WaitingCount> waiting;

  public HtmlPages(
      FrameworkLibrary frameworks,
      FrameworkSettings settings,
      ObjectProvider<WaitingCount> waiting) {
    this.frameworks = frameworks;
    this.settings = settings;
    this.waiting = waiting;
  }

  public Chrome chrome(String title, String url) {
    return chrome(title, url, null);
  }

  /**
   * The chrome of a page made for the signed-in person: with sign-out, what waits for them, and the
   * admin menu for admins. Without a {@link WaitingCount} (a context without the rhythm feature)
   * the count is left out.
   */
  public Chrome chrome(String title, String url, Viewer viewer, HttpServletRequest request) {
    WaitingCount count = waiting.getIfAvailable();
    return chrome(
        title,
        url,
        new Chrome.Account(
            viewer.name(),
            viewer.admin(),
            Csrf.of(request),
            count == null ? 0 : count.of(request)));
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
        "notfound.jte", new NotFoundPage(chrome("Not found", url), message), HttpStatus.NOT_FOUND);
  }

  /** After a successful form post: back to a page, so a reload does not post again. */
  public static ResponseEntity<String> seeOther(String location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
  }
}
