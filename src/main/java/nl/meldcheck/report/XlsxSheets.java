package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.util.HashMap;
import java.util.Map;
import nl.meldcheck.audit.AreaScore;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** Typed cell writing for {@link XlsxReporter}, tracking each column's widest text for the widths. */
final class XlsxSheets {
  /** Excel's limit for one cell's text; POI refuses more. */
  private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;

  /** The two styles the sheets use besides the default. */
  record Styles(CellStyle header, CellStyle quoted) {}

  private final Styles styles;
  private final Map<Sheet, Map<Integer, Integer>> widths = new HashMap<>();

  XlsxSheets(Styles styles) {
    this.styles = styles;
  }

  void header(Sheet sheet, int rowIndex, Object... cells) {
    Row row = row(sheet, rowIndex, cells);
    for (Cell cell : row) {
      cell.setCellStyle(styles.header());
    }
  }

  /** A row of String (text), Double (number) or null (no cell) values. */
  Row row(Sheet sheet, int rowIndex, Object... cells) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < cells.length; i++) {
      Object value = cells[i];
      if (value instanceof Double number) {
        row.createCell(i).setCellValue(number);
        track(sheet, i, 6);
      } else if (value instanceof String text && !text.isEmpty()) {
        text(row.createCell(i), text);
        track(sheet, i, text.length());
      }
    }
    return row;
  }

  /** Always a string cell; formula-like text gets the quote prefix, overlong text is cut. */
  private void text(Cell cell, String raw) {
    String text = clean(raw);
    if (text.length() > MAX_CELL) {
      text = text.substring(0, MAX_CELL - 1) + "…";
    }
    cell.setCellValue(text);
    if (!Markup.cell(text).equals(text)) {
      cell.setCellStyle(styles.quoted());
    }
  }

  private void track(Sheet sheet, int column, int length) {
    widths.computeIfAbsent(sheet, s -> new HashMap<>()).merge(column, length, Math::max);
  }

  /** Column widths from the widest text, within readable bounds (units of 1/256 character). */
  void widths(SXSSFSheet sheet, int columns) {
    Map<Integer, Integer> seen = widths.getOrDefault(sheet, Map.of());
    for (int i = 0; i < columns; i++) {
      int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, seen.getOrDefault(i, 0) + 2));
      sheet.setColumnWidth(i, chars * 256);
    }
  }

  void summary(SXSSFSheet sheet, AuditReport report, Lang lang) {
    int r = 0;
    row(sheet, r++, Messages.VERDICT.in(lang), report.verdict().label(lang));
    row(sheet, r++, Messages.SCORE.in(lang), report.score().value() < 0 ? null : report.score().value());
    row(sheet, r++, Messages.PASS_MARK.in(lang), report.score().passMark());
    row(sheet, r++, Messages.FORMULA.in(lang), report.score().formula());
    row(sheet, r++, Messages.FILE.in(lang), report.input().path());
    row(sheet, r++, Messages.INPUT.in(lang), report.input().status().code());
    row(sheet, r++, Messages.CHECKLIST.in(lang), report.checklist().id() + " " + report.checklist().version());
    row(sheet, r++, Messages.AS_OF.in(lang), report.asOf());
    r++;
    header(sheet, r++, Messages.AREA.in(lang), Messages.SCORE.in(lang));
    Map<String, String> titles = Areas.titles(report);
    for (AreaScore area : report.areas()) {
      row(sheet, r++, titles.get(area.id()), area.score() < 0 ? null : area.score());
    }
    r++;
    header(sheet, r++, Messages.OUTCOME.in(lang), Messages.COUNTS.in(lang));
    for (Outcome outcome : Outcome.values()) {
      Integer count = report.counts().get(outcome.code());
      if (count != null) {
        row(sheet, r++, Messages.outcome(outcome, lang), (double) count);
      }
    }
    widths(sheet, 2);
  }
}
