package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX exports that would unpack to far more than they are are refused before POI opens them. */
class ExportZipGuardTest {
  @TempDir
  Path tmp;

  Path plainWorkbook() throws Exception {
    return new XlsxExportTest().in(tmp).workbook("plain.xlsx", false, XlsxExportTest.HEADER,
        new Object[] {"D1", "V", "03-02-2025", "J"});
  }

  /**
   * A real workbook whose sheet XML gets {@code padMb} MB of spaces after the XML declaration
   * (whitespace POI would happily stream through), written through the deflater in 1 MB
   * chunks so the test never holds it in memory: about 300 KB on disk.
   */
  Path bomb(Path source, String name, int padMb) throws Exception {
    Path f = tmp.resolve(name);
    byte[] spaces = new byte[1 << 20];
    Arrays.fill(spaces, (byte) ' ');
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
      for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream s = in.getInputStream(e)) {
          byte[] xml = s.readAllBytes();
          if (e.getName().startsWith("xl/worksheets/")) {
            String text = new String(xml, StandardCharsets.UTF_8);
            int cut = text.indexOf("?>") + 2;
            out.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < padMb; i++) {
              out.write(spaces);
            }
            out.write(text.substring(cut).getBytes(StandardCharsets.UTF_8));
          } else {
            out.write(xml);
          }
        }
        out.closeEntry();
      }
    }
    return f;
  }

  @Test
  void aSheetOfThreeHundredMegabytesOfSpacesIsRefusedUnopened() throws Exception {
    Path f = bomb(plainWorkbook(), "bom.xlsx", 300);
    assertTrue(Files.size(f) < 2L * 1024 * 1024, "the bomb is small on disk: " + Files.size(f));
    long t = System.nanoTime();
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> CaseAuditor.audit(f, CsvExportTest.mapping(), CaseOptions.defaults()));
    long ms = (System.nanoTime() - t) / 1_000_000;
    assertEquals(CasesInputException.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().startsWith("bom.xlsx: het werkboek lijkt op een zip-bom (één"
        + " onderdeel pakt uit van "), e.getMessage());
    assertTrue(e.getMessage().contains(" tot 300 MB)"), e.getMessage());
    assertTrue(ms < 5_000, "refused from the central directory, not by inflating: " + ms + " ms");
  }

  @Test
  void aSmallerBombIsCaughtByPoisOwnRatioCheckWithTheSameKindOfMessage() throws Exception {
    // 5 MB of spaces is under the pre-scan's 10 MB threshold; POI's inflate-ratio check stops it
    // while streaming and that must read as a zip bomb, not as "damaged (IOException)"
    Path f = bomb(plainWorkbook(), "klein.xlsx", 5);
    ExportZipGuard.check(f);
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> CaseAuditor.audit(f, CsvExportTest.mapping(), CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().startsWith("klein.xlsx: het werkboek lijkt op een zip-bom"),
        e.getMessage());
  }

  @Test
  void totalSizeAndEntryCountHaveLimits() throws Exception {
    Path f = plainWorkbook();
    ExportZipGuard.check(f);
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> ExportZipGuard.check(f, 1000, ExportZipGuard.MAX_ENTRIES));
    assertEquals(CasesInputException.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().startsWith("plain.xlsx: het werkboek lijkt op een zip-bom (het pakt"
        + " uit tot meer dan 0 MB)"), e.getMessage());
    e = assertThrows(CasesInputException.class,
        () -> ExportZipGuard.check(f, ExportZipGuard.MAX_TOTAL, 3));
    assertTrue(e.getMessage().contains("meer dan 3 onderdelen"), e.getMessage());
  }

  @Test
  void aTruncatedZipIsMalformedNotACrash() throws Exception {
    byte[] all = Files.readAllBytes(plainWorkbook());
    Path f = tmp.resolve("half.xlsx");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(all, 0, all.length / 2);
    }
    CasesInputException e = assertThrows(CasesInputException.class,
        () -> CaseAuditor.audit(f, CsvExportTest.mapping(), CaseOptions.defaults()));
    assertEquals(CasesInputException.Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().startsWith("half.xlsx: geen geldig XLSX-werkboek"), e.getMessage());
  }
}
