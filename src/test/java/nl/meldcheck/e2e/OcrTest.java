package nl.meldcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned meldcode: no text layer without --ocr (exit 3), readable with it where Tesseract is installed. */
class OcrTest {
  @TempDir static Path dir;
  static Path scan;

  @BeforeAll
  static void makeScan() throws IOException {
    Path text = Fixtures.pdf(dir, "tekst.pdf", null);
    scan = dir.resolve("scan.pdf");
    try (PDDocument src = Loader.loadPDF(text.toFile()); PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(src);
      for (int i = 0; i < src.getNumberOfPages(); i++) {
        BufferedImage img = renderer.renderImageWithDPI(i, 200);
        PDPage page = new PDPage(src.getPage(i).getMediaBox());
        out.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(out, img);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
          cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      out.save(scan.toFile());
    }
  }

  @Test
  void scanWithoutOcrHasNoTextLayer() throws IOException {
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", scan.toString(), "--format", "json", "--as-of", "2026-11-28");
    assertEquals(3, r.code());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("no_text_layer", report.at("/input/status").asText());
  }

  @Test
  void scanWithOcrIsAudited() throws IOException {
    assumeTrue(onPath("tesseract"), "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)");
    CliEndToEndTest.Run r = CliEndToEndTest.run("audit", scan.toString(), "--ocr", "--format", "json", "--as-of", "2026-11-28");
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("ok", report.at("/input/status").asText(), r.out());
    assertEquals("pass", CliEndToEndTest.criterion(report, "STAP-1-SIGNALEN").get("outcome").asText());
    assertEquals(2, CliEndToEndTest.criterion(report, "STAP-2-CONSULTATIE").at("/evidence/0/page").asInt());
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (new File(d, program).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
