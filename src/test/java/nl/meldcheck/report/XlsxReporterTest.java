package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxReporterTest {
  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.xlsx.txt", CannedReports.withCases()),
        Arguments.of("full.xlsx.txt", CannedReports.full()),
        Arguments.of("full-en.xlsx.txt", CannedReports.fullEnglish()),
        Arguments.of("empty.xlsx.txt", CannedReports.empty()),
        Arguments.of("unreadable.xlsx.txt", CannedReports.unreadable()));
  }

  static XSSFWorkbook workbook(AuditReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XlsxReporter().write(report, bytes);
      return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook as text: the golden compares this, since the zip bytes carry timestamps. */
  static String dump(XSSFWorkbook workbook) {
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
      XSSFSheet sheet = workbook.getSheetAt(s);
      out.append("sheet ").append(sheet.getSheetName());
      if (sheet.getPaneInformation() != null) {
        out.append(" frozen-rows=").append(sheet.getPaneInformation().getHorizontalSplitPosition());
      }
      if (sheet.getCTWorksheet().isSetAutoFilter()) {
        out.append(" autofilter=").append(sheet.getCTWorksheet().getAutoFilter().getRef());
      }
      out.append('\n');
      for (Row row : sheet) {
        for (Cell cell : row) {
          XSSFCell c = (XSSFCell) cell;
          out.append(new CellReference(c).formatAsString()).append(' ');
          switch (c.getCellType()) {
            case NUMERIC -> out.append("n ").append(c.getNumericCellValue());
            case STRING -> out.append("s ").append(c.getStringCellValue());
            default -> out.append(c.getCellType());
          }
          if (c.getCellStyle().getFont().getBold()) {
            out.append(" [bold]");
          }
          if (c.getCellStyle().getQuotePrefixed()) {
            out.append(" [quote-prefixed]");
          }
          out.append('\n');
        }
      }
      out.append("widths");
      for (int i = 0; i < 14 && i <= sheet.getRow(0).getLastCellNum(); i++) {
        out.append(' ').append(sheet.getColumnWidth(i) / 256);
      }
      out.append('\n');
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGolden(String golden, AuditReport report) throws IOException {
    try (XSSFWorkbook workbook = workbook(report)) {
      Golden.assertGolden(golden, dump(workbook));
    }
  }

  @Test
  void criteriaSheetHasTypedCellsAFrozenBoldHeaderAndFilters() throws IOException {
    try (XSSFWorkbook workbook = workbook(CannedReports.full())) {
      XSSFSheet sheet = workbook.getSheet("Criteria");
      assertNotNull(sheet);
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals("A1:P13", sheet.getCTWorksheet().getAutoFilter().getRef());
      assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
      Row partial = sheet.getRow(2);
      assertEquals("STAP-2-CONSULTATIE", partial.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, partial.getCell(4).getCellType());
      assertEquals(0.5, partial.getCell(6).getNumericCellValue());
      assertEquals(4.0, partial.getCell(11).getNumericCellValue());
      assertEquals(null, partial.getCell(13), "no line for a PDF");
      assertNotNull(workbook.getSheet("Samenvatting"));
      assertEquals(73.6, workbook.getSheet("Samenvatting").getRow(1).getCell(1).getNumericCellValue());
    }
    try (XSSFWorkbook workbook = workbook(CannedReports.fullEnglish())) {
      assertNotNull(workbook.getSheet("Summary"));
    }
  }

  @Test
  void isBinaryAndRefusesACharacterStream() {
    assertTrue(new XlsxReporter().binary());
    assertThrows(UnsupportedOperationException.class,
        () -> new XlsxReporter().write(CannedReports.full(), new StringWriter()));
  }
}
