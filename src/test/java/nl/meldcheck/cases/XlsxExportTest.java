package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.meldcheck.checklist.Lang;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX exports read through the event API, and the ways a workbook can be unusable. */
class XlsxExportTest {
  @TempDir
  Path tmp;

  /** For other tests that want this class's workbook writer in their own directory. */
  XlsxExportTest in(Path dir) {
    tmp = dir;
    return this;
  }

  /** Writes a workbook: an "Info" sheet first, then "Casussen" with the given rows. */
  Path workbook(String name, boolean withInfoSheet, Object[]... rows) throws Exception {
    Path f = tmp.resolve(name);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(f)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      if (withInfoSheet) {
        wb.createSheet("Info").createRow(0).createCell(0).setCellValue("Export van 1-1-2025");
      }
      Sheet s = wb.createSheet("Casussen");
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r + 2); // two empty rows above the header, as some exports have
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (v instanceof Double d) {
            cell.setCellValue(d);
          } else if (v instanceof String str && str.startsWith("=")) {
            cell.setCellFormula(str.substring(1).split("\\|")[0]);
            cell.setCellValue(LocalDate.parse(str.split("\\|")[1]));
            cell.setCellStyle(date);
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
    return f;
  }

  static final Object[] HEADER = {"Dossier", "Cliëntcategorie", "Datum signaal", "Kindcheck"};

  CaseAudit audit(Path f, CaseOptions o) throws Exception {
    return CaseAuditor.audit(f, CsvExportTest.mapping(), o.withKeepPerCase(true));
  }

  @Test
  void datesAsCellsTextSerialsAndFormulasWithCachedValues() throws Exception {
    Path f = workbook("cases.xlsx", true, HEADER,
        new Object[] {"D1", "V", LocalDate.of(2025, 2, 3), "J"},
        new Object[] {"D2", "V", "3-2-2025", "N"},
        new Object[] {"D3", "V", 45691.0, "J"},
        new Object[] {"D4", "V", "=DATE(2025,2,3)|2025-02-03", "J"},
        new Object[] {"D5", "V", null, null},
        new Object[] {1234567.0, "K", LocalDate.of(2025, 2, 3), null});
    CaseAudit a = audit(f, CaseOptions.defaults().withSheet("casussen"));
    assertEquals(ExportFormat.XLSX, a.source().format());
    assertEquals("Casussen", a.source().sheet());
    assertEquals(6, a.rowsRead());
    assertEquals(0, a.rowsWithProblems(), a.problems().toString());
    assertEquals(4, a.perCase().get(0).row(), "rows are numbered as in the sheet");
    assertEquals("1234567", a.perCase().get(5).caseRef(), "numbers are plain, never 1.234567E6");
    assertEquals(3, a.rate(CaseCriterion.KINDCHECK).passed());
    assertEquals(2, a.rate(CaseCriterion.KINDCHECK).failed(), "N and the empty cell");
  }

  @Test
  void theFirstSheetIsReadUnlessOneIsNamed() throws Exception {
    Path f = workbook("first.xlsx", false, HEADER, new Object[] {"D1", "V", "03-02-2025", "J"});
    assertEquals("Casussen", audit(f, CaseOptions.defaults()).source().sheet());
    Path two = workbook("two.xlsx", true, HEADER, new Object[] {"D1", "V", "03-02-2025", "J"});
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(two, CaseOptions.defaults()));
    // the Info sheet was read: its one line is no header, so the message says what was looked for
    assertTrue(e.getMessage().startsWith("two.xlsx: geen kopregel gevonden in de 1 niet-lege"
        + " rij(en): geen rij bevat de kolom 'Dossier' (veld casus_id) of de meeste van de"
        + " gekoppelde kolommen 'Dossier', 'Cliëntcategorie', 'Datum signaal', 'Kindcheck'; rij 1"
        + " heeft 1 gevulde cel(len), niet getoond"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(--sheet)"), e.getMessage());
    e = assertThrows(CasesConfigException.class,
        () -> audit(two, CaseOptions.defaults().withSheet("Meldingen")));
    assertEquals("two.xlsx: werkblad 'Meldingen' bestaat niet; gevonden werkbladen: Info,"
        + " Casussen", e.getMessage());
  }

  @Test
  void unreadableCellsAndExtraCells() throws Exception {
    Path f = workbook("cells.xlsx", false, HEADER,
        new Object[] {"D1", "V", "31-02-2025", "J"},
        new Object[] {"D2", "V", "03-02-2025", "J", null, "Jansen"},
        new Object[] {"D1", "V", "03-02-2025", "J"});
    CaseAudit a = audit(f, CaseOptions.defaults());
    assertEquals(3, a.rowsRead());
    assertEquals(0, a.rowsJudged());
    assertEquals(3, a.rowsWithProblems());
    assertEquals(CaseProblem.UNREADABLE_DATE, a.problems().get(0).problem());
    assertEquals(4, a.problems().get(0).row());
    assertEquals("Datum signaal", a.problems().get(0).column());
    assertEquals(CaseProblem.TOO_MANY_FIELDS, a.problems().get(1).problem());
    assertEquals(CaseProblem.DUPLICATE_ID, a.problems().get(2).problem());
    assertTrue(a.problems().get(2).message(Lang.NL).contains("rij 6")
        && a.problems().get(2).message(Lang.NL).contains("komt al voor in rij 4"));
    assertFalse(a.toString().contains("Jansen"));
  }

  @Test
  void titleRowsAboveTheHeaderAreSkippedAndNotCounted() throws Exception {
    Path f = workbook("titel.xlsx", false,
        new Object[] {"Export dossiers 2025"},
        new Object[] {},
        new Object[] {null, "Locatie Noord", null, "gegenereerd door Systeem"},
        HEADER,
        new Object[] {"D1", "V", LocalDate.of(2025, 2, 3), "J"},
        new Object[] {"D2", "V", "31-02-2025", "J"});
    CaseAudit a = audit(f, CaseOptions.defaults());
    assertEquals(2, a.rowsRead());
    assertEquals(a.rowsRead(), a.rowsJudged() + a.rowsWithProblems());
    assertEquals(1, a.rowsWithProblems());
    assertEquals(7, a.perCase().get(0).row(), "sheet rows: 3 title, 4 empty, 5 title, 6 header");
    assertEquals(8, a.problems().get(0).row());
    assertEquals("2 rijen gelezen = 1 beoordeeld + 1 met problemen", a.summaryNl());
  }

  @Test
  void aHeaderNeedsTheIdColumnOrMostMappedColumns() throws Exception {
    // no Dossier column, but three of the four mapped columns: this is the header, and the
    // missing mapped column is named with the columns found (exit 2), as without title rows
    Path f = workbook("bijna.xlsx", false,
        new Object[] {"Overzicht"},
        new Object[] {"Zaak", "Cliëntcategorie", "Datum signaal", "Kindcheck"},
        new Object[] {"D1", "V", "03-02-2025", "J"});
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(List.of("bijna.xlsx: kolom 'Dossier' (veld casus_id) ontbreekt in de export;"
        + " gevonden kolommen: 'Zaak', 'Cliëntcategorie', 'Datum signaal', 'Kindcheck'"),
        e.problems());
    // two of four and no id column is not enough: after ten such rows the search stops
    Object[][] rows = new Object[12][];
    rows[0] = new Object[] {"Overzicht"};
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new Object[] {"Zaak", "Cliëntcategorie", "Datum signaal"};
    }
    rows[11] = HEADER;
    Path g = workbook("geenkop.xlsx", false, rows);
    e = assertThrows(CasesConfigException.class, () -> audit(g, CaseOptions.defaults()));
    assertTrue(e.getMessage().startsWith("geenkop.xlsx: geen kopregel gevonden in de eerste 10"
        + " niet-lege rij(en)"), e.getMessage());
    assertTrue(e.getMessage().contains("rij 3 bevat: 'Overzicht'."), e.getMessage());
  }

  @Test
  void headerOnlyAndEmptyWorkbooks() throws Exception {
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(workbook("kop.xlsx", false, HEADER), CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.NO_ROWS, e.reason());
    e = assertThrows(CasesInputException.class,
        () -> audit(workbook("leeg.xlsx", false), CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().startsWith("leeg.xlsx: het werkblad is leeg"));
  }

  @Test
  void zeroByteXlsx() throws Exception {
    Path f = tmp.resolve("nul.xlsx");
    Files.write(f, new byte[0]);
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().startsWith("nul.xlsx: het bestand is leeg (0 bytes)"));
  }

  @Test
  void aPasswordProtectedWorkbookIsRecognised() throws Exception {
    Path plain = workbook("plain.xlsx", false, HEADER, new Object[] {"D1", "V", "03-02-2025", "J"});
    Path f = tmp.resolve("geheim.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("wachtwoord");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        fs.writeFilesystem(out);
      }
    }
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.ENCRYPTED, e.reason());
    assertTrue(e.getMessage().startsWith("geheim.xlsx: het werkboek is met een wachtwoord"
        + " beveiligd"), e.getMessage());
  }

  @Test
  void standardEncryptionAndAnEncryptedWorkbookNamedCsvAreRecognisedToo() throws Exception {
    Path plain = workbook("plain.xlsx", false, HEADER, new Object[] {"D1", "V", "03-02-2025", "J"});
    for (String name : new String[] {"standaard.xlsx", "export.csv"}) {
      Path f = tmp.resolve(name);
      try (POIFSFileSystem fs = new POIFSFileSystem()) {
        Encryptor enc = new EncryptionInfo(name.endsWith(".csv") ? EncryptionMode.agile
            : EncryptionMode.standard).getEncryptor();
        enc.confirmPassword("wachtwoord");
        try (OutputStream os = enc.getDataStream(fs)) {
          os.write(Files.readAllBytes(plain));
        }
        try (OutputStream out = Files.newOutputStream(f)) {
          fs.writeFilesystem(out);
        }
      }
      CasesInputException e = assertThrows(CasesInputException.class,
          () -> audit(f, CaseOptions.defaults()));
      assertEquals(CasesInputException.Reason.ENCRYPTED, e.reason(), name);
      assertTrue(e.getMessage().startsWith(name + ": het werkboek is met een wachtwoord"
          + " beveiligd (versleuteld); sla het zonder wachtwoord op of exporteer als CSV"),
          e.getMessage());
    }
  }

  @Test
  void aPdfNamedXlsxEvenWithALeadingLineBreak() throws Exception {
    Path f = tmp.resolve("export.xlsx");
    Files.write(f, "\r\n%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1));
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.NOT_AN_EXPORT, e.reason());
    assertTrue(e.getMessage().startsWith("export.xlsx: dit is een PDF-bestand, geen CSV- of"
        + " XLSX-export"), e.getMessage());
  }

  @Test
  void anOldXlsWorkbook() throws Exception {
    Path f = tmp.resolve("oud.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Dossier");
      wb.write(out);
    }
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.NOT_AN_EXPORT, e.reason());
    assertTrue(e.getMessage().contains(".xls, 97-2003"), e.getMessage());
  }

  @Test
  void aZipThatIsNoWorkbook() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("geen werkboek".getBytes());
    }
    Path f = tmp.resolve("zip.xlsx");
    Files.write(f, b.toByteArray());
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> audit(f, CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().startsWith("zip.xlsx: "), e.getMessage());
  }

  @Test
  void aWorkbookNamedCsvIsStillReadAsAWorkbook() throws Exception {
    Path x = workbook("w.xlsx", false, HEADER, new Object[] {"D1", "V", "03-02-2025", "J"});
    Path csv = tmp.resolve("export.csv");
    Files.copy(x, csv);
    assertEquals(ExportFormat.XLSX, audit(csv, CaseOptions.defaults()).source().format());
  }
}
