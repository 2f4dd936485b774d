package nl.meldcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CriterionResult;

/**
 * One row per criterion ({@link CriterionRow.Column}), RFC 4180: comma-separated, CRLF line
 * ends, fields with a comma, quote or line break in double quotes with quotes doubled.
 *
 * <p>Comma and a UTF-8 byte order mark: the comma is what RFC 4180, pandas, R and every CI tool
 * expect without options, and the BOM is what makes Excel read the file as UTF-8 (without it
 * "één" arrives garbled). Dutch Excel splits on ';' when a file is double-clicked, so a
 * spreadsheet user is better served by the {@code xlsx} format, which exists for them. Text cells
 * that a spreadsheet would run as a formula get a leading apostrophe ({@link Markup#cell}).
 * Numbers are written with a decimal point whatever the report language, as machines expect.
 */
public final class CsvReporter implements Reporter {
  /** RFC 4180 says CRLF; this is the one format where '\n' would be wrong. */
  private static final String EOL = "\r\n";

  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    StringBuilder csv = new StringBuilder("\uFEFF");
    CriterionRow.Column[] columns = CriterionRow.Column.values();
    for (int i = 0; i < columns.length; i++) {
      csv.append(i == 0 ? "" : ",").append(columns[i].key);
    }
    csv.append(EOL);
    for (CriterionResult result : report.results()) {
      List<Object> cells = CriterionRow.cells(result);
      for (int i = 0; i < cells.size(); i++) {
        csv.append(i == 0 ? "" : ",").append(field(cells.get(i)));
      }
      csv.append(EOL);
    }
    out.write(csv.toString());
    out.flush();
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%s", d);
    }
    String text = Markup.cell((String) value);
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
