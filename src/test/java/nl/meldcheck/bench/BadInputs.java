package nl.meldcheck.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the bad inputs of the batch benchmark corpus that Python cannot make
 * ({@code scripts/make-batch-corpus} calls it): a password-protected PDF and DOCX, and a PDF so
 * long that parsing it outlasts a short {@code --timeout} (the "hanging" input: Tika has no
 * infinite loop on demand, but a parse longer than the limit is what a hang looks like to the batch).
 *
 * <p>Usage: {@code java -cp meldcheck-all.jar:target/test-classes nl.meldcheck.bench.BadInputs OUTDIR PLAIN.docx [PAGES]}
 * writes encrypted.docx, encrypted.pdf, slow.pdf (PAGES pages, default 1000) and long.pdf (4 × PAGES).
 */
public final class BadInputs {
  private BadInputs() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    Path docx = Path.of(args[1]);
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    encryptedDocx(docx, out.resolve("encrypted.docx"));
    pdf(out.resolve("encrypted.pdf"), 2, "geheim");
    // ~4.5 million characters: under the 5 million limit, several seconds to parse
    pdf(out.resolve("slow.pdf"), pages, null);
    // ~18 million characters: over the text limit, refused as too large while parsing
    pdf(out.resolve("long.pdf"), 4 * pages, null);
  }

  static void encryptedDocx(Path plainDocx, Path file) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("geheim");
      try (InputStream in = Files.newInputStream(plainDocx);
          OPCPackage opc = OPCPackage.open(in);
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream o = Files.newOutputStream(file)) {
        fs.writeFilesystem(o);
      }
    }
  }

  static void pdf(Path file, int pages, String password) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (int l = 0; l < 50; l++) {
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(50, 790 - l * 15);
            cs.showText("Stap " + (l % 5 + 1) + ": de beroepskracht brengt signalen in kaart en overlegt met een collega (" + p + ").");
            cs.endText();
          }
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
  }
}
