package nl.meldcheck.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kind of export, decided by the file's first bytes rather than its name: a PDF renamed to
 * .csv, a workbook saved as .csv or an encrypted .xlsx (an OLE2 container, not a ZIP) each get
 * their own message instead of a parse error.
 */
public enum ExportFormat {
  CSV, XLSX;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Detects the format of {@code file}, or explains why it is no case export. */
  public static ExportFormat detect(Path file) throws CasesInputException {
    String name = String.valueOf(file.getFileName());
    byte[] head = new byte[64];
    int n;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      n = in.readNBytes(head, 0, head.length);
    } catch (NoSuchFileException e) {
      throw new CasesInputException(CasesInputException.Reason.UNREADABLE,
          name + ": bestand bestaat niet", e);
    } catch (IOException e) {
      throw new CasesInputException(CasesInputException.Reason.UNREADABLE,
          name + ": bestand niet te lezen (" + e.getClass().getSimpleName() + ")", e);
    }
    if (size == 0) {
      throw new CasesInputException(CasesInputException.Reason.EMPTY,
          name + ": het bestand is leeg (0 bytes); verwacht een CSV- of XLSX-export met een"
              + " kopregel en casussen");
    }
    if (startsWith(head, n, 'P', 'K', 3, 4)) {
      return XLSX;
    }
    if (startsWith(head, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw ole2(file, name);
    }
    if (pdf(head, n)) {
      throw new CasesInputException(CasesInputException.Reason.NOT_AN_EXPORT,
          name + ": dit is een PDF-bestand, geen CSV- of XLSX-export; exporteer de casussen uit"
              + " het registratiesysteem als CSV of XLSX");
    }
    if (binary(file)) {
      throw new CasesInputException(CasesInputException.Reason.NOT_AN_EXPORT,
          name + ": dit is een binair bestand, geen CSV- of XLSX-export");
    }
    return CSV;
  }

  /** An OLE2 file is either a password-protected OOXML workbook or an old .xls/.doc. */
  private static CasesInputException ole2(Path file, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return new CasesInputException(CasesInputException.Reason.ENCRYPTED,
            name + ": het werkboek is met een wachtwoord beveiligd (versleuteld); sla het zonder"
                + " wachtwoord op of exporteer als CSV");
      }
      if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
        return new CasesInputException(CasesInputException.Reason.NOT_AN_EXPORT,
            name + ": oud Excel-formaat (.xls, 97-2003) wordt niet ondersteund; sla op als .xlsx"
                + " of CSV");
      }
    } catch (IOException | RuntimeException e) {
      return new CasesInputException(CasesInputException.Reason.MALFORMED,
          name + ": beschadigd Office-bestand (OLE2-container niet te lezen)", e);
    }
    return new CasesInputException(CasesInputException.Reason.NOT_AN_EXPORT,
        name + ": een Office-bestand maar geen werkboek; exporteer als CSV of XLSX");
  }

  /**
   * "%PDF-" at the start, after any whitespace or a UTF-8 BOM: PDF readers accept leading
   * junk, and a PDF saved through a mail or upload step sometimes gains a line break in front.
   */
  private static boolean pdf(byte[] head, int n) {
    int i = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    byte[] magic = {'%', 'P', 'D', 'F', '-'};
    if (n - i < magic.length) {
      return false;
    }
    for (int k = 0; k < magic.length; k++) {
      if (head[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes in the first 4 KB mean binary (UTF-16 text has a BOM, checked by the reader). */
  private static boolean binary(Path file) throws CasesInputException {
    byte[] buf = new byte[4096];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(buf, 0, buf.length);
      if (n >= 2 && (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE
          || buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (buf[i] == 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new CasesInputException(CasesInputException.Reason.UNREADABLE,
          file.getFileName() + ": bestand niet te lezen (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
