package nl.meldcheck.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Pre-scan of ZIP-based inputs (DOCX, ODT, XLSX...) over the central directory only, before any
 * parser inflates a byte. Needed because loading Tika's OOXMLParser switches POI's own zip-bomb
 * ratio check off for the whole JVM, and a 200 KB DOCX with one 200 MB text run then exhausts
 * the heap even in streaming extraction (tech-notes §5).
 */
final class ZipGuard {
  static final long MAX_TOTAL = 1L << 30; // 1 GiB declared uncompressed
  static final long BIG_ENTRY = 10L * 1024 * 1024;
  static final long MAX_RATIO = 100;

  private ZipGuard() {}

  /** Whether the first bytes are a ZIP local file header or an empty-archive record. */
  static boolean isZip(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
  }

  static void check(Path file, String source) throws DocumentException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long total = 0;
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        long size = e.getSize();
        if (size <= 0) {
          continue;
        }
        total += size;
        long compressed = Math.max(e.getCompressedSize(), 1);
        if (total > MAX_TOTAL || (size > BIG_ENTRY && size / compressed > MAX_RATIO)) {
          throw new DocumentException(ReadProblem.TOO_LARGE, source
              + ": het bestand lijkt op een zip-bom (het pakt uit tot "
              + (size > BIG_ENTRY && total <= MAX_TOTAL ? size / (1024 * 1024) : total / (1024 * 1024))
              + " MB); lever een normaal opgeslagen document aan.");
        }
      }
    } catch (IOException e) {
      throw new DocumentException(ReadProblem.CORRUPT, source
          + ": het bestand is beschadigd of onvolledig (het zip-archief kan niet gelezen worden);"
          + " sla het document opnieuw op en lever het opnieuw aan.", e);
    }
  }
}
