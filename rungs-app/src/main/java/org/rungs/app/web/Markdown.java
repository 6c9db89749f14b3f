package org.rungs.app.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Framework text (bodies and criteria) as safe HTML: GitHub-flavoured Markdown rendered by
 * commonmark, then sanitised, because commonmark passes raw HTML and {@code javascript:} links
 * through. No script from a framework file ever reaches a page. Thread-safe.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), HeadingAnchorExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final Pattern SINGLE_PARAGRAPH =
      Pattern.compile("^<p>(.*)</p>\\s*$", Pattern.DOTALL);

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .allowElements("pre", "code", "hr", "br", "del", "s", "details", "summary")
                  .allowAttributes("id")
                  .matching(Pattern.compile("[A-Za-z0-9_-]{1,100}"))
                  .onElements("h1", "h2", "h3", "h4", "h5", "h6")
                  .allowAttributes("align")
                  .onElements("th", "td")
                  .toFactory());

  /**
   * Text with nothing Markdown or HTML would read specially: most criteria. It is escaped directly,
   * which makes rendering a large framework many times faster.
   */
  private static final Pattern PLAIN =
      Pattern.compile(
          "^(?![-+#>=]|[0-9]+[.)])[\\p{L}\\p{M}\\p{N}\\p{Zs}\\p{Pd}\\p{Pi}\\p{Pf},.;:'\"()/?%$£€@+=’‘“”]*$");

  // Compiled once: the search index takes the plain text of every criterion.
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private static final int MAX_REMEMBERED = 50_000;
  private static final Map<String, String> INLINE = new ConcurrentHashMap<>();

  private Markdown() {}

  /** A Markdown document (a framework's body) as sanitised HTML. */
  public static String block(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  /** One line of Markdown (a criterion) as sanitised inline HTML, without a paragraph around it. */
  public static String inline(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String remembered = INLINE.get(markdown);
    if (remembered != null) {
      return remembered;
    }
    String html;
    if (PLAIN.matcher(markdown).matches()) {
      html = escape(markdown.strip());
    } else {
      html = block(markdown);
      var single = SINGLE_PARAGRAPH.matcher(html);
      html = single.matches() && !single.group(1).contains("<p>") ? single.group(1) : html;
    }
    if (INLINE.size() >= MAX_REMEMBERED) {
      // The same criteria are rendered on many pages, and across versions of a framework; a
      // simple bound keeps a long-running server with many edits from growing without limit.
      INLINE.clear();
    }
    INLINE.put(markdown, html);
    return html;
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&#34;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The plain text of a line of Markdown, for search results and titles. */
  public static String plain(String markdown) {
    return TAG.matcher(inline(markdown))
        .replaceAll("")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&quot;", "\"");
  }
}
