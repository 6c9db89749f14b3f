package org.rungs.app.pay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A view's figures as CSV, cell by cell as the page shows them, safe to open in a spreadsheet: a
 * cell that starts with {@code = + - @}, a tab, CR or NUL gets a leading {@code '} so it is never
 * read as a formula (OWASP ASVS 1.2.10).
 */
final class CsvExport {

  private final StringBuilder csv = new StringBuilder();

  static CsvExport of(String... header) {
    return new CsvExport().row((Object[]) header);
  }

  CsvExport row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
    return this;
  }

  CsvExport rows(List<Object[]> rows) {
    rows.forEach(this::row);
    return this;
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
    if (!text.isEmpty() && "=+-@\t\r\0".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  @Override
  public String toString() {
    return csv.toString();
  }

  /** As a download that nobody caches. */
  ResponseEntity<byte[]> download(String fileName) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
