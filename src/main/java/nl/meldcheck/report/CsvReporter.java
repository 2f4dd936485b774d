package nl.meldcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
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

  /**
   * With case exports: ".dossiers.csv" with the rates (organisation, each locatie and team) and,
   * when the report lists its cases, one ".CASE-ID.csv" per case criterion with every case's
   * outcome and reason. Case references are ids or pseudonyms; nothing else from the export.
   */
  @Override
  public Map<String, Reporter.Writing> companions(AuditReport report) {
    CaseSection cs = report.cases();
    Map<String, Reporter.Writing> files = new LinkedHashMap<>();
    if (cs == null || !cs.anyRead()) {
      return files;
    }
    files.put(".dossiers.csv", out -> {
      StringBuilder csv = new StringBuilder("\uFEFF");
      line(csv, "scope", "group", "criterion_id", "severity", "passed", "failed", "not_applicable", "pass_rate",
          "few_cases");
      rates(csv, "organisation", "", cs.rates());
      cs.perLocation().forEach((g, rates) -> rates(csv, "locatie", g, rates));
      cs.perTeam().forEach((g, rates) -> rates(csv, "team", g, rates));
      out.write(csv.toString());
      out.flush();
    });
    if (cs.cases().isEmpty()) {
      return files;
    }
    for (int i = 0; i < cs.rates().size(); i++) {
      int k = i;
      files.put("." + cs.rates().get(i).id() + ".csv", out -> {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "case_ref", "file", "row", "locatie", "team", "judged", "outcome", "reason");
        for (CaseSection.CaseRow c : cs.cases()) {
          line(csv, c.caseRef(), c.file(), (double) c.row(), c.locatie(), c.team(), String.valueOf(c.judged()),
              c.outcomes().get(k), c.reasons().get(k));
          if (csv.length() > 1 << 16) {
            out.write(csv.toString());
            csv.setLength(0);
          }
        }
        out.write(csv.toString());
        out.flush();
      });
    }
    return files;
  }

  private static void rates(StringBuilder csv, String scope, String group, List<CaseSection.Rate> rates) {
    for (CaseSection.Rate r : rates) {
      line(csv, scope, group, r.id(), r.severity().code(), (double) r.passed(), (double) r.failed(),
          (double) r.notApplicable(), r.passRate(), String.valueOf(r.fewCases()));
    }
  }

  private static void line(StringBuilder csv, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      csv.append(i == 0 ? "" : ",").append(field(cells[i]));
    }
    csv.append(EOL);
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
