package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of unreadable input ends as a DocumentException with a usable Dutch message. */
class DocumentReaderProblemsTest {
  @TempDir static Path dir;
  static DocumentReader reader;

  @BeforeAll
  static void init() {
    reader = new DocumentReader(ReadOptions.DEFAULTS);
  }

  interface Maker {
    Path make(Path dir) throws Exception;
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("missing path", d -> d.resolve("bestaat-niet.pdf"), ReadProblem.MISSING, "bestaat niet"),
        bad("directory", d -> Files.createDirectories(d.resolve("een-map")), ReadProblem.MISSING, "map"),
        bad("0-byte file", d -> Files.write(d.resolve("leeg.docx"), new byte[0]), ReadProblem.EMPTY, "leeg"),
        bad("whitespace-only text", d -> Fixtures.text(d.resolve("spaties.txt"), " \n\t\n  \n"),
            ReadProblem.EMPTY, "geen tekst"),
        bad("empty HTML body", d -> Fixtures.text(d.resolve("leeg.html"),
            "<html><head><title>Alleen titel</title></head><body></body></html>"),
            ReadProblem.EMPTY, "geen tekst"),
        bad("encrypted PDF", d -> Fixtures.pdf(d.resolve("geheim.pdf"),
            List.of(List.of("Vertrouwelijke meldcode voor medewerkers")), "gebruiker"),
            ReadProblem.ENCRYPTED, "versleuteld"),
        bad("POI-encrypted DOCX", d -> Fixtures.encryptedDocx(
            Fixtures.docx(d.resolve("open.docx"), "Kop %d"), d.resolve("geheim.docx")),
            ReadProblem.ENCRYPTED, "versleuteld"),
        bad("truncated DOCX", d -> {
          byte[] all = Files.readAllBytes(Fixtures.docx(d.resolve("heel.docx"), "Kop %d"));
          return Files.write(d.resolve("afgekapt.docx"), Arrays.copyOf(all, all.length / 2));
        }, ReadProblem.CORRUPT, "beschadigd"),
        bad("PDF header with garbage", d -> Files.write(d.resolve("kapot.pdf"),
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nrommel".getBytes(StandardCharsets.US_ASCII)),
            ReadProblem.CORRUPT, "beschadigd"),
        bad("scanned PDF without OCR", d -> Fixtures.scannedPdf(d.resolve("scan.pdf"), 2),
            ReadProblem.NO_TEXT_LAYER, "--ocr"),
        bad("spreadsheet", d -> Fixtures.xlsx(d.resolve("dossiers.xlsx")), ReadProblem.UNSUPPORTED,
            "spreadsheetml"),
        bad("image", d -> Fixtures.png(d.resolve("logo.png")), ReadProblem.UNSUPPORTED, "image/png"),
        bad("plain zip", d -> {
          Path z = d.resolve("archief.zip");
          try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            out.write("tekst".getBytes(StandardCharsets.UTF_8));
          }
          return z;
        }, ReadProblem.UNSUPPORTED, "application/zip"),
        bad("CSV named .csv", d -> Fixtures.text(d.resolve("export.csv"), "id;naam\n1;Jan\n2;Piet\n"),
            ReadProblem.UNSUPPORTED, "text/csv"),
        bad("zip-bomb DOCX", d -> Fixtures.zipBombDocx(d.resolve("bom.docx"), 200),
            ReadProblem.TOO_LARGE, "zip-bom"));
  }

  private static Arguments bad(String name, Maker maker, ReadProblem problem, String fragment) {
    return Arguments.of(name, maker, problem, fragment);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("badInputs")
  void badInputGivesProblemAndMessage(String name, Maker maker, ReadProblem problem, String fragment)
      throws Exception {
    Path file = maker.make(dir);
    DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
    assertEquals(problem, e.problem(), e.getMessage());
    assertUserMessage(e, file);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  static void assertUserMessage(DocumentException e, Path file) {
    String m = e.getMessage();
    assertTrue(m.startsWith(file.toString() + ": "), m);
    assertFalse(m.contains("\n") || m.contains("Exception") || m.contains("\tat "), m);
    assertTrue(m.endsWith("."), m);
  }

  @Test
  void zipBombIsStoppedBeforeParsingAndIsSmallOnDisk() throws Exception {
    Path bomb = Fixtures.zipBombDocx(dir.resolve("klein.docx"), 200);
    assertTrue(Files.size(bomb) < 2_000_000, "fixture is " + Files.size(bomb) + " bytes");
    long start = System.nanoTime();
    DocumentException e = assertThrows(DocumentException.class, () -> reader.read(bomb));
    assertEquals(ReadProblem.TOO_LARGE, e.problem());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }

  @Test
  void fileOverSizeLimitIsRejectedBeforeParsing() throws Exception {
    Path file = Fixtures.text(dir.resolve("groot.txt"), "Meldcode. ".repeat(100));
    DocumentReader small = new DocumentReader(new ReadOptions(false, 500, 1_000_000, Duration.ofSeconds(30)));
    DocumentException e = assertThrows(DocumentException.class, () -> small.read(file));
    assertEquals(ReadProblem.TOO_LARGE, e.problem());
    assertUserMessage(e, file);
  }

  @Test
  void extractedTextOverCharacterLimitIsTooLarge() throws Exception {
    DocumentReader small = new DocumentReader(new ReadOptions(false, 1L << 30, 100, Duration.ofSeconds(30)));
    Path docx = Fixtures.docx(dir.resolve("lang.docx"), "Kop %d");
    DocumentException e = assertThrows(DocumentException.class, () -> small.read(docx));
    assertEquals(ReadProblem.TOO_LARGE, e.problem());
    assertUserMessage(e, docx);
    assertTrue(e.getMessage().contains("100 tekens"), e.getMessage());

    Path txt = Fixtures.text(dir.resolve("lang.txt"), "signalen ".repeat(20));
    DocumentException t = assertThrows(DocumentException.class, () -> small.read(txt));
    assertEquals(ReadProblem.TOO_LARGE, t.problem());
  }

  @Test
  void parseOverTimeLimitIsTimeout() throws Exception {
    // 300 pages take far longer than a millisecond to parse, even on a fast, idle machine;
    // a one-page file could finish before the deadline is checked, and the test would flake
    List<List<String>> pages = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      pages.add(List.of("Deze meldcode beschrijft de vijf stappen voor alle medewerkers, pagina " + i + "."));
    }
    Path pdf = Fixtures.pdf(dir.resolve("traag.pdf"), pages, null);
    DocumentReader hasty = new DocumentReader(new ReadOptions(false, 1L << 30, 1_000_000, Duration.ofMillis(1)));
    DocumentException e = assertThrows(DocumentException.class, () -> hasty.read(pdf));
    assertEquals(ReadProblem.TIMEOUT, e.problem());
    assertUserMessage(e, pdf);
  }

  @Test
  void ocrRequestedWithoutTesseractNamesThePackages() throws Exception {
    assumeFalse(Tesseract.available(), "tesseract is installed: the PDF would be OCR'd instead");
    DocumentReader ocr = new DocumentReader(new ReadOptions(true, 1L << 30, 1_000_000, Duration.ofSeconds(60)));
    Path scan = Fixtures.scannedPdf(dir.resolve("scan-ocr.pdf"), 1);
    DocumentException e = assertThrows(DocumentException.class, () -> ocr.read(scan));
    assertEquals(ReadProblem.NO_TEXT_LAYER, e.problem());
    assertTrue(e.getMessage().contains("tesseract-ocr tesseract-ocr-nld"), e.getMessage());
    assertUserMessage(e, scan);

    // a PDF with a text layer is read normally even though OCR is unavailable
    Path text = Fixtures.pdf(dir.resolve("tekst-ocr.pdf"), List.of(List.of(
        "Deze meldcode beschrijft de vijf stappen voor alle medewerkers.")), null);
    assertEquals(1, ocr.read(text).pageCount());
  }
}
