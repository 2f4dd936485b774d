package nl.meldcheck.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Real documents for end-to-end tests, written with the libraries users' tools use (POI for DOCX,
 * PDFBox for PDF, a plain ODF package for ODT). The text is a short meldcode of our own: one
 * heading per step and one paragraph under it.
 */
final class Fixtures {
  private Fixtures() {}

  /** Heading, paragraph pairs. */
  static final List<String[]> MELDCODE = List.of(
      new String[] {"Stap 1: Signalen in kaart brengen",
          "De medewerker brengt de signalen in kaart en legt zijn observaties feitelijk vast in het cliëntdossier."},
      new String[] {"Stap 2: Collegiale consultatie en zo nodig advies van Veilig Thuis",
          "De medewerker bespreekt de signalen met een deskundige collega of de aandachtsfunctionaris en vraagt zo nodig advies aan Veilig Thuis."},
      new String[] {"Stap 3: Gesprek met de cliënt",
          "De medewerker bespreekt de signalen in een gesprek met de cliënt of met de ouders."},
      new String[] {"Stap 4: Wegen van het geweld",
          "Met het afwegingskader weegt de medewerker het risico op huiselijk geweld of kindermishandeling en de aard en ernst ervan. Bij twijfel raadpleegt de medewerker altijd Veilig Thuis."},
      new String[] {"Stap 5: Beslissen",
          "De medewerker neemt twee beslissingen: is melden bij Veilig Thuis noodzakelijk, en is hulpverlening ook mogelijk? Bij acute of structurele onveiligheid meldt de medewerker altijd bij Veilig Thuis."});

  static Path docx(Path dir) throws IOException {
    Path f = dir.resolve("meldcode.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
      XWPFParagraph title = doc.createParagraph();
      title.createRun().setText("Meldcode huiselijk geweld en kindermishandeling");
      for (String[] s : MELDCODE) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading2");
        h.createRun().setText(s[0]);
        doc.createParagraph().createRun().setText(s[1]);
      }
      doc.write(out);
    }
    return f;
  }

  /** One page per step, so evidence carries page numbers 1..5. */
  static Path pdf(Path dir, String name, String password) throws IOException {
    Path f = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String[] s : MELDCODE) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.setLeading(15);
          cs.newLineAtOffset(60, 720);
          cs.showText(winAnsi(s[0]));
          cs.newLine();
          cs.newLine();
          for (String line : wrap(s[1], 85)) {
            cs.showText(winAnsi(line));
            cs.newLine();
          }
          cs.endText();
        }
      }
      if (password != null) {
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        p.setEncryptionKeyLength(128);
        doc.protect(p);
      }
      doc.save(f.toFile());
    }
    return f;
  }

  static Path html(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        + "<title>Meldcode</title></head><body><h1>Meldcode huiselijk geweld en kindermishandeling</h1>\n");
    for (String[] s : MELDCODE) {
      sb.append("<h2>").append(s[0]).append("</h2>\n<p>").append(s[1]).append("</p>\n");
    }
    sb.append("</body></html>\n");
    Path f = dir.resolve("meldcode.html");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  /** A minimal but valid ODF text package, as LibreOffice writes it. */
  static Path odt(Path dir) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String[] s : MELDCODE) {
      body.append("<text:h text:outline-level=\"2\">").append(s[0]).append("</text:h>")
          .append("<text:p>").append(s[1]).append("</text:p>");
    }
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    Path f = dir.resolve("meldcode.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return f;
  }

  static Path markdown(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("# Meldcode huiselijk geweld en kindermishandeling\n\n");
    for (String[] s : MELDCODE) {
      sb.append("## ").append(s[0]).append("\n\n").append(s[1]).append("\n\n");
    }
    Path f = dir.resolve("meldcode.md");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private static String winAnsi(String s) {
    return s.replace("ë", "e").replace("–", "-");
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() + w.length() + 1 > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    lines.add(line.toString());
    return lines;
  }
}
