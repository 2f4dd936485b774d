package nl.meldcheck.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Decides by content (magic bytes, the entries of a ZIP) whether a file is a candidate meldcode
 * document, so that a PDF saved as ".bin" counts and a spreadsheet named ".docx" does not slip by
 * as the meldcode. A file with a document extension whose content is no document (empty,
 * damaged) still counts as a candidate: reading it gives the organisation its reason.
 */
final class Sniff {
  static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of("pdf", "docx", "docm", "dotx", "doc", "odt", "ott", "rtf", "html", "htm", "xhtml", "txt", "md", "markdown");

  private Sniff() {}

  static boolean isCandidate(Path file) throws IOException {
    return byContent(file) || DOCUMENT_EXTENSIONS.contains(extension(file));
  }

  /** True when the first bytes say PDF, OLE2 (DOC), RTF, HTML, or a ZIP holding a Word or ODF text. */
  static boolean byContent(Path file) throws IOException {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, n, "%PDF".getBytes(StandardCharsets.US_ASCII))
        || startsWith(head, n, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
        || startsWith(head, n, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      return true;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return zipIsText(file);
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3).stripLeading();
    }
    return text.startsWith("<html") || text.startsWith("<!doctype html");
  }

  /** Extensions of case exports. */
  static final Set<String> EXPORT_EXTENSIONS = Set.of("csv", "tsv", "xlsx");

  /**
   * True for a case export: a workbook by content (a ZIP holding xl/workbook.xml, whatever its
   * name) or a CSV/TSV/XLSX by name that is no document by content (a PDF named .csv is read as
   * the PDF it is).
   */
  static boolean isExport(Path file) throws IOException {
    if (byContent(file)) {
      return false;
    }
    if (EXPORT_EXTENSIONS.contains(extension(file))) {
      return true;
    }
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return zip.getEntry("xl/workbook.xml") != null;
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  private static boolean zipIsText(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("word/document.xml") != null) {
        return true;
      }
      var mime = zip.getEntry("mimetype");
      if (mime != null && zip.getEntry("content.xml") != null) {
        try (InputStream in = zip.getInputStream(mime)) {
          String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
          return type.startsWith("application/vnd.oasis.opendocument.text");
        }
      }
      return false;
    } catch (IOException e) {
      return false; // a damaged archive is judged by its extension, and reading it gives the reason
    }
  }

  private static boolean startsWith(byte[] head, int n, byte[] magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
