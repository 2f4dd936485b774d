package nl.meldcheck.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Pre-scan of an XLSX export over the ZIP central directory only, before POI inflates a byte.
 * POI's own zip-bomb check (ZipSecureFile's inflate ratio) is JVM-wide and is switched off when
 * Tika's OOXML parser is loaded in the same run ({@code audit --cases}), so the cases reader
 * cannot rely on it. The same idea as document's ZipGuard, kept here because cases may not
 * import document (LayeringTest); the limits are higher because a 200,000-row export is a large
 * but honest sheet.
 */
final class ExportZipGuard {
  /** Declared uncompressed total; a 1,000,000-row, 40-column sheet is well under 1 GB of XML. */
  static final long MAX_TOTAL = 2L << 30;
  /** Entries above this size must not be compressed more than {@link #MAX_RATIO}:1. */
  static final long BIG_ENTRY = 10L * 1024 * 1024;
  /** Sheet XML of real exports compresses 10-30:1; deflate tops out near 1000:1 on one byte. */
  static final long MAX_RATIO = 100;
  /** A workbook has a few dozen parts; thousands mean a crafted archive. */
  static final int MAX_ENTRIES = 10_000;

  private ExportZipGuard() {}

  static void check(Path file) throws CasesInputException {
    check(file, MAX_TOTAL, MAX_ENTRIES);
  }

  /** With the limits as parameters, so tests need not write gigabytes. */
  static void check(Path file, long maxTotal, int maxEntries) throws CasesInputException {
    String name = String.valueOf(file.getFileName());
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long total = 0;
      int entries = 0;
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (++entries > maxEntries) {
          throw tooLarge(name, "het archief heeft meer dan " + maxEntries + " onderdelen");
        }
        long size = e.getSize();
        if (size <= 0) {
          continue;
        }
        total += size;
        if (total > maxTotal) {
          throw tooLarge(name, "het pakt uit tot meer dan " + mb(maxTotal) + " MB");
        }
        long compressed = Math.max(e.getCompressedSize(), 1);
        if (size > BIG_ENTRY && size / compressed > MAX_RATIO) {
          throw tooLarge(name, "één onderdeel pakt uit van " + kb(compressed) + " KB tot "
              + mb(size) + " MB");
        }
      }
    } catch (IOException e) {
      throw new CasesInputException(CasesInputException.Reason.MALFORMED,
          name + ": geen geldig XLSX-werkboek (het ZIP-archief is beschadigd of onvolledig);"
              + " sla het werkboek opnieuw op of exporteer als CSV", e);
    }
  }

  private static CasesInputException tooLarge(String name, String why) {
    return new CasesInputException(CasesInputException.Reason.TOO_LARGE,
        name + ": het werkboek lijkt op een zip-bom (" + why + ") en wordt niet geopend;"
            + " exporteer de casussen opnieuw als XLSX of CSV");
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static long kb(long bytes) {
    return Math.max(1, bytes / 1024);
  }
}
