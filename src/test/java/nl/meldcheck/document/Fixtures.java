package nl.meldcheck.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Writes real documents with real libraries (POI, PDFBox, java.util.zip) for the reader tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A DOCX with two heading styles. {@code styleName} is the visible style name with a "%d" for
   * the level ("Kop %d" as a Dutch Word template names it, or "heading %d"); the styleId is the
   * Dutch "Kop1"/"Kop2" in both cases.
   */
  static Path docx(Path file, String styleName) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFStyles styles = doc.createStyles();
      for (int level = 1; level <= 2; level++) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Kop" + level);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(String.format(styleName, level));
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        styles.addStyle(new XWPFStyle(ct));
      }
      CTStyle list = CTStyle.Factory.newInstance();
      list.setStyleId("Lijstalinea");
      list.setType(STStyleType.PARAGRAPH);
      list.addNewName().setVal("List Paragraph");
      styles.addStyle(new XWPFStyle(list));

      para(doc, "Kop1", "Meldcode huiselijk geweld");
      para(doc, null, "Deze meldcode beschrijft hoe medewerkers handelen bij signalen.");
      para(doc, "Kop2", "Stappenplan");
      para(doc, null, "Stap 1: Breng signalen in kaart");
      para(doc, null, "Wij leggen signalen vast in het dossier van de cliënt.");
      para(doc, "Lijstalinea", "Observaties van de medewerker");
      para(doc, null, "Stap 2: Overleg met een collega");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Rol");
      table.getRow(0).getCell(1).setText("Taak");
      table.getRow(1).getCell(0).setText("Aandachtsfunctionaris");
      table.getRow(1).getCell(1).setText("Adviseert bij twijfel");
      para(doc, "Kop1", "Bijlagen");
      para(doc, null, "Het afwegingskader staat in bijlage 1.");
      doc.write(out);
    }
    return file;
  }

  private static void para(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }

  /** The same DOCX encrypted with POI's agile encryption (an OLE2 container). */
  public static Path encryptedDocx(Path plainDocx, Path file) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("geheim");
      try (java.io.InputStream in = Files.newInputStream(plainDocx);
          OPCPackage opc = OPCPackage.open(in);
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  /** A PDF with one list of text lines per page; an empty string leaves a paragraph gap. */
  public static Path pdf(Path file, List<List<String>> pages, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 780;
          for (String line : lines) {
            if (!line.isEmpty()) {
              cs.beginText();
              cs.setFont(font, 11);
              cs.newLineAtOffset(60, y);
              cs.showText(line);
              cs.endText();
              y -= 14;
            } else {
              y -= 28;
            }
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** An image-only PDF, as a scanner makes it: text drawn into a bitmap, no text layer. */
  static Path scannedPdf(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
        g.drawString("Meldcode pagina " + i, 50, 100);
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A minimal ODT: mimetype stored first, content.xml with text:h and text:p, a manifest. */
  static Path odt(Path file) throws IOException {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>"
        + "<text:h text:outline-level=\"1\">Doel en reikwijdte</text:h>"
        + "<text:p>Het beleid geldt voor alle medewerkers.</text:p>"
        + "<text:h text:outline-level=\"2\">Stap 3</text:h>"
        + "<text:p>Gebruik het afwegingskader.</text:p>"
        + "<text:list><text:list-item><text:p>Is melden noodzakelijk?</text:p></text:list-item>"
        + "<text:list-item><text:p>Is hulp mogelijk?</text:p></text:list-item></text:list>"
        + "</office:text></office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\""
        + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
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
      entry(zip, "content.xml", content);
      entry(zip, "META-INF/manifest.xml", manifest);
    }
    return file;
  }

  /**
   * A DOCX-shaped zip whose word/document.xml inflates to about {@code megabytes} MB of one
   * repeated text run; written streaming, so the test never holds it in memory.
   */
  static Path zipBombDocx(Path file, int megabytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "signalen ".repeat(1024 * 1024 / 9).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < megabytes; i++) {
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /**
   * A DOCX whose one text run is {@code megabytes} MB of varied words: it compresses only a few
   * times, so it passes the zip-bomb pre-scan, yet the DOCX extractor buffers the whole run.
   */
  public static Path bigRunDocx(Path file, int megabytes) throws IOException {
    String[] words = {"signalen ", "kindcheck ", "aandachtsfunctionaris ", "Veilig Thuis ", "stap ",
        "afwegingskader ", "meldcode ", "huiselijk ", "geweld ", "kindermishandeling ", "collega ", "advies "};
    java.util.Random random = new java.util.Random(42);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      StringBuilder chunk = new StringBuilder(1 << 20);
      for (int i = 0; i < megabytes; i++) {
        chunk.setLength(0);
        while (chunk.length() < (1 << 20)) {
          chunk.append(words[random.nextInt(words.length)]).append(random.nextInt(100_000)).append(' ');
        }
        zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /**
   * A DOCX-shaped zip of many 10 MB entries of zeros: each entry stays under the per-entry ratio
   * check, but together they declare more than the pre-scan's total limit.
   */
  static Path manyEntriesDocx(Path file, int entries) throws IOException {
    byte[] zeros = new byte[10 * 1024 * 1024];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("word/media/opvulling" + i + ".bin"));
        zip.write(zeros);
        zip.closeEntry();
      }
    }
    return file;
  }

  static Path xlsx(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Dossiers").createRow(0).createCell(0).setCellValue("Dossiernummer");
      wb.write(out);
    }
    return file;
  }

  static Path png(Path file) throws IOException {
    BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  static Path text(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
