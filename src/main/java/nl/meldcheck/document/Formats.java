package nl.meldcheck.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/** Maps the type Tika detected from the bytes onto the formats meldcheck reads. */
final class Formats {
  private static final Map<String, DocumentFormat> BY_TYPE = Map.ofEntries(
      Map.entry("application/pdf", DocumentFormat.PDF),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentFormat.DOCX),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", DocumentFormat.DOCX),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", DocumentFormat.DOCX),
      Map.entry("application/vnd.ms-word.template.macroenabled.12", DocumentFormat.DOCX),
      Map.entry("application/msword", DocumentFormat.DOC),
      Map.entry("application/vnd.oasis.opendocument.text", DocumentFormat.ODT),
      Map.entry("application/vnd.oasis.opendocument.text-template", DocumentFormat.ODT),
      Map.entry("application/rtf", DocumentFormat.RTF),
      Map.entry("text/html", DocumentFormat.HTML),
      Map.entry("application/xhtml+xml", DocumentFormat.HTML),
      Map.entry("text/x-web-markdown", DocumentFormat.MD),
      Map.entry("text/markdown", DocumentFormat.MD),
      Map.entry("text/plain", DocumentFormat.TXT));

  /** Text subtypes that are data, not prose: spreadsheets in disguise. */
  private static final java.util.Set<String> TEXT_DATA =
      java.util.Set.of("text/csv", "text/tab-separated-values");

  private Formats() {}

  static DocumentFormat format(MediaType type, Path file, String source) throws DocumentException {
    String base = type.getBaseType().toString();
    if (base.equals("application/x-tika-ooxml-protected")) {
      throw encrypted(source);
    }
    DocumentFormat f = BY_TYPE.get(base);
    if (f == null && base.startsWith("text/") && !TEXT_DATA.contains(base)) {
      f = DocumentFormat.TXT; // text/x-log, source code...: read as plain text
    }
    if (f == null) {
      throw new DocumentException(ReadProblem.UNSUPPORTED, source
          + ": dit bestandstype (" + base + ") wordt niet ondersteund; lever het document aan als"
          + " PDF, DOCX, DOC, ODT, RTF, HTML, TXT of MD.");
    }
    if (f == DocumentFormat.TXT && isMarkdownName(file)) {
      f = DocumentFormat.MD;
    }
    return f;
  }

  static DocumentException encrypted(String source) {
    return new DocumentException(ReadProblem.ENCRYPTED, source
        + ": het bestand is versleuteld met een wachtwoord; lever een onbeveiligde versie aan.");
  }

  private static boolean isMarkdownName(Path file) {
    String name = DocumentReader.fileName(file).toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }
}
