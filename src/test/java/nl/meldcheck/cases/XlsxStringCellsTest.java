package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * String cells read by the export reader, which decodes them without POI's per-cell rich text
 * objects: the text must be what POI's own workbook model gives, for shared strings (what Excel
 * writes) and inline strings (what streaming writers write) alike.
 */
class XlsxStringCellsTest {
  @TempDir
  Path tmp;

  private static final String[] HEADER = {"Dossier", "Cliëntcategorie", "Datum signaal", "Kindcheck"};
  private static final String[] AWKWARD = {
      "Cliënt", "  spaties eromheen  ", "regel\r\nnieuwe regel", "tab\there", "a_x0041_b",
      "_x005F_ letterlijk", "stuur\u0001teken", "😀 emoji", "RICH", "", "x"};

  private Path write(Workbook wb, String name) throws Exception {
    Path f = tmp.resolve(name);
    try (wb; OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("Casussen");
      Row h = s.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        h.createCell(c).setCellValue(HEADER[c]);
      }
      for (int r = 0; r < AWKWARD.length; r++) {
        Row row = s.createRow(r + 1);
        row.createCell(0).setCellValue("D" + r);
        row.createCell(1).setCellValue(AWKWARD[r]);
        row.createCell(3).setCellValue(AWKWARD[AWKWARD.length - 1 - r]);
      }
      wb.write(out);
    }
    return f;
  }

  /** The data rows as the export reader passes them on. */
  private static List<List<String>> read(Path f) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    XlsxExportReader.read(f, CsvExportTest.mapping(), new RowSink() {
      @Override
      public void header(List<String> columns, long row) {
        assertEquals(Arrays.asList(HEADER), columns);
      }

      @Override
      public void row(long row, String[] cells) {
        rows.add(Arrays.asList(cells));
      }
    });
    return rows;
  }

  /** The data rows as POI's workbook model reads them (the reference). */
  private static List<List<String>> reference(Path f) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
      Sheet s = wb.getSheetAt(0);
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.length; c++) {
          cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void sharedAndInlineStringsReadAsPoisWorkbookModelReadsThem() throws Exception {
    Path shared = write(new XSSFWorkbook(), "shared.xlsx");
    Path inline = write(new SXSSFWorkbook(), "inline.xlsx");
    assertEquals(true, entry(inline, "xl/worksheets/sheet1.xml").contains("t=\"inlineStr\""),
        "SXSSF writes inline strings");
    assertEquals(false, entry(shared, "xl/worksheets/sheet1.xml").contains("inlineStr"));
    List<List<String>> expected = reference(shared);
    assertEquals("regel\r\nnieuwe regel", expected.get(2).get(1), "POI keeps the carriage return");
    assertEquals(expected, read(shared));
    assertEquals(reference(inline), read(inline));
    assertEquals(expected, read(inline));
  }

  @Test
  void richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws Exception {
    String rich = "<r><rPr><b/></rPr><t>ri</t></r><r><t xml:space=\"preserve\">ch _x0041_ </t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh>";
    Path inline = rewrite(write(new SXSSFWorkbook(), "inline.xlsx"), "xl/worksheets/sheet1.xml",
        "<is><t>RICH</t></is>", "<is>" + rich + "</is>");
    Path shared = rewrite(write(new XSSFWorkbook(), "shared.xlsx"), "xl/sharedStrings.xml",
        "<si><t>RICH</t></si>", "<si>" + rich + "</si>");
    for (Path f : List.of(inline, shared)) {
      List<List<String>> rows = read(f);
      assertEquals("rich A ", rows.get(8).get(1), f.getFileName().toString());
      assertEquals(reference(f), rows, f.getFileName().toString());
    }
  }

  @Test
  void anInlineStringCellWithItsTextInAValueElementIsDecodedToo() throws Exception {
    Path inline = rewrite(write(new SXSSFWorkbook(), "inline.xlsx"), "xl/worksheets/sheet1.xml",
        "<is><t>RICH</t></is>", "<v>waarde _x0041_</v>");
    List<List<String>> rows = read(inline);
    assertEquals("waarde A", rows.get(8).get(1));
    assertEquals(reference(inline), rows);
  }

  private static String entry(Path zip, String name) throws Exception {
    try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A copy of the workbook with one part's text replaced (the replaced text must occur). */
  private Path rewrite(Path zip, String part, String from, String to) throws Exception {
    Path out = tmp.resolve("rewritten-" + zip.getFileName());
    try (ZipFile z = new ZipFile(zip.toFile());
        ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        byte[] bytes;
        try (InputStream in = z.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertEquals(true, xml.contains(from), part + " holds " + from);
          bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        zo.putNextEntry(new ZipEntry(e.getName()));
        zo.write(bytes);
        zo.closeEntry();
      }
    }
    return out;
  }

  @Test
  void theColumnOfAReferenceIsReadAsPoiReadsIt() {
    for (String ref : new String[] {"A1", "Z9", "AA10", "AZ1", "BA2", "ZZ3", "AAA4", "XFD1048576", "$C$3", "c7"}) {
      org.junit.jupiter.api.Assertions.assertEquals(
          new org.apache.poi.ss.util.CellReference(ref.toUpperCase(java.util.Locale.ROOT)).getCol(),
          XlsxExportReader.column(ref), ref);
    }
    // past XFD, or no letters at all: not a cell of any sheet, and no array sized by it
    for (String ref : new String[] {"XFE1", "ZZZZ1", "ZZZZZZZZZZZZ1", "12", "", "$1"}) {
      org.junit.jupiter.api.Assertions.assertEquals(-1, XlsxExportReader.column(ref), ref);
    }
  }
}
