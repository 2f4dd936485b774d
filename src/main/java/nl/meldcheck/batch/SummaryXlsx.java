package nl.meldcheck.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * summary.xlsx with POI's streaming writer (a window of 100 rows in memory, the rest on disk), so
 * 5,000 organisations cost no more heap than 50: frozen header, autofilter, and the verdict cell
 * coloured by conditional formatting (so a re-sorted sheet keeps its colours).
 */
final class SummaryXlsx {
  /** Excel's limit for one cell's text. */
  private static final int MAX_CELL = 32_767;

  private SummaryXlsx() {}

  static void write(SummaryTable table, List<OrgResult> rows, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      SXSSFSheet sheet = wb.createSheet("organisaties");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle number = wb.createCellStyle();
      number.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      List<String> header = table.header();
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        var cell = h.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (OrgResult row : rows) {
        Row x = sheet.createRow(r++);
        List<Object> values = table.row(row);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) {
            continue;
          }
          var cell = x.createCell(c);
          if (v instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(number);
          } else {
            // a string cell is never evaluated as a formula, so no apostrophe is needed here
            String s = v.toString();
            cell.setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
          }
        }
      }
      int lastRow = Math.max(rows.size(), 1);
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, header.size() - 1));
      colourVerdicts(sheet, lastRow);
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(SummaryTable.VERDICT_COLUMN, 18 * 256);
      sheet.setColumnWidth(SummaryTable.VERDICT_COLUMN + 2, 60 * 256);
      wb.write(out);
    } finally {
      wb.close();
      wb.dispose();
    }
  }

  private static void colourVerdicts(SXSSFSheet sheet, int lastRow) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    int col = SummaryTable.VERDICT_COLUMN;
    String ref = CellReference.convertNumToColString(col) + "2";
    CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, col, col)};
    String[][] colours = {
      {"voldoet", "compliant", String.valueOf(IndexedColors.LIGHT_GREEN.getIndex())},
      {"voldoet deels", "partly compliant", String.valueOf(IndexedColors.LIGHT_YELLOW.getIndex())},
      {"voldoet niet", "not compliant", String.valueOf(IndexedColors.CORAL.getIndex())},
      {"niet beoordeeld", "not judged", String.valueOf(IndexedColors.GREY_25_PERCENT.getIndex())}};
    for (String[] c : colours) {
      ConditionalFormattingRule rule = cf.createConditionalFormattingRule(
          "OR(" + ref + "=\"" + c[0] + "\"," + ref + "=\"" + c[1] + "\")");
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(Short.parseShort(c[2]));
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      cf.addConditionalFormatting(range, rule);
    }
  }
}
