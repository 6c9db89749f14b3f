package org.rungs.app.promotion;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.rungs.progression.TextCharacters;

/**
 * Print documents: a jte template that writes a complete XHTML document with its own CSS, laid out
 * as PDF by openhtmltopdf in the fonts of {@link PrintFonts}. The renderer loads nothing from
 * outside (no fonts, style sheets or images by URL), so a document cannot make the server fetch
 * anything: its fonts are the application's own and font files of the machine it runs on.
 */
public final class PdfDocuments {
  private PdfDocuments() {}

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  static {
    // The renderer logs every document it lays out at INFO; only its warnings matter.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  /** The template rendered as XHTML. */
  static String xhtml(String template, Object model) {
    StringOutput output = new StringOutput(16 * 1024);
    TEMPLATES.render(template, model, output);
    return output.toString();
  }

  /** The template rendered as PDF. */
  public static byte[] pdf(String template, Object model) {
    return pdf(xhtml(template, model));
  }

  static byte[] pdf(String xhtml) {
    return pdf(xhtml, PrintFonts.ofThisSystem());
  }

  static byte[] pdf(String xhtml, PrintFonts fonts) {
    // Text stored before input was checked may hold characters XML cannot (U+0000, U+FFFE...):
    // the renderer refused the whole document for one of them, so they print as U+FFFD instead.
    String printable = fonts.printable(TextCharacters.printable(xhtml));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      fonts.useIn(builder);
      builder.withHtmlContent(printable, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF", e);
    }
    return out.toByteArray();
  }
}
