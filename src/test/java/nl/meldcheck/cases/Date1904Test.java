package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks in the 1904 date system (old Mac Excel) read as the same calendar dates. */
class Date1904Test {
  @TempDir
  Path tmp;

  static final String MAPPING = """
      name: Test
      dates: [dd-MM-yyyy]
      fields:
        casus_id: Dossier
        signaal_datum: Datum signaal
        besluit_datum: Datum besluit
      """;

  static final LocalDate SIGNAL = LocalDate.of(2025, 2, 3);
  static final LocalDate DECISION = LocalDate.of(2025, 2, 13);

  /**
   * Three ways a date sits in a sheet: a date cell, a formula with a cached date, and a bare
   * serial in a cell without date format; the serials depend on the workbook's date system.
   */
  Path workbook(String name, boolean date1904) throws Exception {
    Path f = tmp.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      CTWorkbook ct = wb.getCTWorkbook();
      (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
      assertEquals(date1904, wb.isDate1904());
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet s = wb.createSheet("Casussen");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Dossier");
      h.createCell(1).setCellValue("Datum signaal");
      h.createCell(2).setCellValue("Datum besluit");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("D1");
      r.createCell(1).setCellValue(SIGNAL);
      r.getCell(1).setCellStyle(date);
      r.createCell(2).setCellValue(DECISION);
      r.getCell(2).setCellStyle(date);
      r = s.createRow(2);
      r.createCell(0).setCellValue("D2");
      r.createCell(1).setCellFormula("DATE(2025,2,3)");
      r.getCell(1).setCellValue(SIGNAL);
      r.getCell(1).setCellStyle(date);
      r.createCell(2).setCellValue(DateUtil.getExcelDate(DECISION, date1904)); // no date format
      r = s.createRow(3);
      r.createCell(0).setCellValue("D3");
      r.createCell(1).setCellValue("03-02-2025");
      r.createCell(2).setCellValue(DECISION);
      r.getCell(2).setCellStyle(date);
      wb.write(out);
    }
    return f;
  }

  /** The rows as the reader hands them on, cell by cell. */
  static List<String> rows(Path f, Mapping m, boolean[] saw1904) throws Exception {
    List<String> out = new ArrayList<>();
    XlsxExportReader.read(f, m, new RowSink() {
      @Override
      public void date1904() {
        saw1904[0] = true;
      }

      @Override
      public void header(List<String> columns, long row) {}

      @Override
      public void row(long row, String[] cells) {
        out.add(String.join("|", cells));
      }
    });
    return out;
  }

  @Test
  void dateCellsAndFormulasReadAsTheSameCalendarDates() throws Exception {
    Mapping m = MappingLoader.parse("test.yaml", MAPPING);
    boolean[] mac = new boolean[1];
    boolean[] win = new boolean[1];
    List<String> in1904 = rows(workbook("mac.xlsx", true), m, mac);
    List<String> in1900 = rows(workbook("win.xlsx", false), m, win);
    assertTrue(mac[0], "the 1904 system was found in workbook.xml");
    assertFalse(win[0]);
    assertEquals("D1|2025-02-03|2025-02-13", in1904.get(0));
    assertEquals("D2|2025-02-03|44239", in1904.get(1), "a bare serial stays a number here");
    assertEquals("D2|2025-02-03|45701", in1900.get(1));
    assertEquals("D3|03-02-2025|2025-02-13", in1904.get(2));
    assertEquals(in1900.get(0), in1904.get(0));
    assertEquals(in1900.get(2), in1904.get(2));
  }

  @Test
  void bareSerialsAreCountedFromTheWorkbooksEpoch() throws Exception {
    Mapping m = MappingLoader.parse("test.yaml", MAPPING);
    for (boolean mac : new boolean[] {true, false}) {
      CaseAudit a = CaseAuditor.audit(workbook("w" + mac + ".xlsx", mac), m,
          CaseOptions.defaults());
      assertEquals(0, a.rowsWithProblems(), a.problems().toString());
      // every case 10 days from signal to decision; a 1904 serial read as 1900 would put the
      // decision four years before the signal and drop it from the lead time
      assertEquals(new LeadTime(3, 10, 10, 10, null, 0), a.leadTime(), "date1904=" + mac);
    }
  }
}
