package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.checklist.Lang;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook for people who sort and filter: sheet "Criteria" with one row per criterion
 * (the CSV columns, {@link CriterionRow}), numbers as numeric cells, a bold frozen header row
 * with filters; and a summary sheet with verdict, score, formula and the area scores.
 *
 * <p>Streamed with POI's SXSSF, so a batch of thousands of rows keeps only a window in memory.
 * Document text is only ever written as string cells, never as formulas; a string that Excel
 * would turn into a formula once the user edits the cell or saves as CSV (starting with {@code =
 * + - @}) gets Excel's own quote prefix, the hidden apostrophe that marks a cell as text.
 */
public final class XlsxReporter implements Reporter {
  /** Rows SXSSF keeps in memory before flushing to its temporary file. */
  private static final int WINDOW = 200;

  @Override
  public boolean binary() {
    return true;
  }

  /** XLSX is bytes; a character stream cannot carry it. */
  @Override
  public void write(AuditReport report, Writer out) {
    throw new UnsupportedOperationException("xlsx is a binary format; write it to an OutputStream");
  }

  @Override
  public void write(AuditReport report, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      created(workbook, report.generatedAt());
      XlsxSheets sheets = new XlsxSheets(styles(workbook));
      Lang lang = Messages.lang(report.lang());
      criteria(sheets, workbook.createSheet("Criteria"), report.results(), lang);
      sheets.summary(workbook.createSheet(Messages.SUMMARY.in(lang)), report, lang);
      cases(sheets, workbook, report.cases(), lang);
      workbook.write(out);
      out.flush();
    } finally {
      // since POI 5 this also deletes SXSSF's temporary sheet files
      workbook.close();
    }
  }

  private static void criteria(XlsxSheets sheets, SXSSFSheet sheet, List<CriterionResult> results, Lang lang) {
    CriterionRow.Column[] columns = CriterionRow.Column.values();
    Object[] header = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      header[i] = columns[i].label.in(lang);
    }
    sheets.header(sheet, 0, header);
    int row = 1;
    for (CriterionResult result : results) {
      sheets.row(sheet, row++, CriterionRow.cells(result).toArray());
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, row - 1), 0, columns.length - 1));
    sheets.widths(sheet, columns.length);
  }

  /**
   * With case exports: sheet "Dossiers" with the rates for the organisation, each locatie and team;
   * and, when the report lists its cases, one sheet per case criterion with every case's outcome
   * and reason (case reference = id or pseudonym, nothing else from the export).
   */
  private static void cases(XlsxSheets sheets, SXSSFWorkbook workbook, CaseSection cs, Lang lang) {
    if (cs == null || !cs.anyRead()) {
      return;
    }
    SXSSFSheet rates = workbook.createSheet(Messages.CASES.in(lang));
    sheets.header(rates, 0, Messages.CASE_GROUP.in(lang), Messages.CASE_CRITERION.in(lang), Messages.TITLE.in(lang),
        Messages.SEVERITY.in(lang), Messages.CASE_PASSED.in(lang), Messages.CASE_FAILED.in(lang),
        Messages.CASE_NA.in(lang), Messages.CASE_RATE.in(lang));
    int row = 1;
    row = rates(sheets, rates, row, lang == Lang.EN ? "organisation" : "organisatie", cs.rates(), lang);
    for (var g : cs.perLocation().entrySet()) {
      row = rates(sheets, rates, row, Messages.CASE_LOCATION.in(lang) + " " + g.getKey(), g.getValue(), lang);
    }
    for (var g : cs.perTeam().entrySet()) {
      row = rates(sheets, rates, row, Messages.CASE_TEAM.in(lang) + " " + g.getKey(), g.getValue(), lang);
    }
    rates.createFreezePane(0, 1);
    rates.setAutoFilter(new CellRangeAddress(0, Math.max(1, row - 1), 0, 7));
    sheets.widths(rates, 8);
    if (cs.cases().isEmpty()) {
      return;
    }
    for (int k = 0; k < cs.rates().size(); k++) {
      SXSSFSheet sheet = workbook.createSheet(cs.rates().get(k).id());
      sheets.header(sheet, 0, Messages.CASE_REF.in(lang), Messages.CASE_FILE.in(lang), Messages.CASE_ROW.in(lang),
          Messages.CASE_LOCATION.in(lang), Messages.CASE_TEAM.in(lang), Messages.CASE_JUDGED.in(lang),
          Messages.OUTCOME.in(lang), Messages.CASE_REASON.in(lang));
      int r = 1;
      for (CaseSection.CaseRow c : cs.cases()) {
        sheets.row(sheet, r++, new Object[] {c.caseRef(), c.file(), (double) c.row(), c.locatie(), c.team(),
            c.judged() ? (lang == Lang.EN ? "yes" : "ja") : (lang == Lang.EN ? "no" : "nee"),
            outcome(c.outcomes().get(k), lang), c.reasons().get(k)});
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, 7));
      sheets.widths(sheet, 8);
    }
  }

  private static String outcome(String code, Lang lang) {
    for (nl.meldcheck.checklist.Outcome o : nl.meldcheck.checklist.Outcome.values()) {
      if (o.code().equals(code)) {
        return Messages.outcome(o, lang);
      }
    }
    return code;
  }

  private static int rates(XlsxSheets sheets, SXSSFSheet sheet, int row, String group, List<CaseSection.Rate> rates,
      Lang lang) {
    for (CaseSection.Rate r : rates) {
      sheets.row(sheet, row++, new Object[] {group, r.id(), r.title(), Messages.severity(r.severity(), lang),
          (double) r.passed(), (double) r.failed(), (double) r.notApplicable(), r.passRate()});
    }
    return row;
  }

  /** The document's creation date is the report's, so two runs on one report differ less. */
  private static void created(SXSSFWorkbook workbook, String generatedAt) {
    try {
      Date date = Date.from(Instant.parse(clean(generatedAt)));
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(date));
    } catch (DateTimeParseException e) {
      // an unparsable time only costs the metadata; POI then records its own
    }
  }

  private static XlsxSheets.Styles styles(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    CellStyle quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    return new XlsxSheets.Styles(header, quoted);
  }
}
