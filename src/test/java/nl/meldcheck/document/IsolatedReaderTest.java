package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forked-JVM reader gives the same documents and the same problems as the in-process one, and
 * a child that hangs or runs out of memory costs one document while the pool goes on.
 */
class IsolatedReaderTest {
  @TempDir static Path dir;
  static DocumentReader inProcess;
  static IsolatedReader isolated;

  @BeforeAll
  static void init() throws IOException {
    inProcess = new DocumentReader(ReadOptions.DEFAULTS);
    isolated = new IsolatedReader(ReadOptions.DEFAULTS, 2);
  }

  @AfterAll
  static void closeRemovesTheTempDirectory() {
    Path tmp = isolated.tempDir();
    assertTrue(Files.isDirectory(tmp.resolve("tmp")));
    isolated.close();
    assertFalse(Files.exists(tmp), tmp + " left behind");
    isolated.close(); // twice is harmless
  }

  static Stream<Path> samples() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> orgs = Files.list(Path.of("samples"))) {
      for (Path org : orgs.sorted().toList()) {
        if (!Files.isDirectory(org)) {
          continue;
        }
        try (Stream<Path> inOrg = Files.list(org)) {
          inOrg.filter(f -> {
            String n = f.getFileName().toString();
            return n.startsWith("meldcode.") || n.endsWith(".pdf");
          }).sorted().forEach(files::add);
        }
      }
    }
    assertTrue(files.size() >= 10, "samples found: " + files);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleReadsTheSameAsInProcess(Path file) throws Exception {
    Document here = inProcess.read(file);
    Document forked = isolated.read(file);
    assertEquals(here.format(), forked.format());
    assertEquals(here.pageCount(), forked.pageCount());
    assertEquals(here.blocks().size(), forked.blocks().size());
    for (int i = 0; i < here.blocks().size(); i++) {
      assertEquals(here.blocks().get(i), forked.blocks().get(i), "block " + i);
    }
    assertEquals(here.metadata(), forked.metadata());
    assertEquals(here.sha256(), forked.sha256());
    assertEquals(here, forked);
  }

  @Test
  void theChildParsesTheTypeDetectedHereWithTheFileName() throws Exception {
    // bytes alone say text/plain; the name makes it HTML here, and the child must follow that
    Path html = Fixtures.text(dir.resolve("zonder-tags.html"),
        "Meldcode &amp; stappenplan\n\nStap 1: in kaart brengen van signalen.\nStap 2: collegiale consultatie.\n");
    assertEquals(inProcess.read(html), isolated.read(html));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("nl.meldcheck.document.DocumentReaderProblemsTest#badInputs")
  void badInputGivesTheSameProblemAsInProcess(String name, DocumentReaderProblemsTest.Maker maker,
      ReadProblem problem, String fragment) throws Exception {
    Path file = maker.make(dir);
    DocumentException here = assertThrows(DocumentException.class, () -> inProcess.read(file));
    DocumentException forked = assertThrows(DocumentException.class, () -> isolated.read(file));
    assertEquals(problem, forked.problem(), forked.getMessage());
    assertEquals(here.getMessage(), forked.getMessage());
    DocumentReaderProblemsTest.assertUserMessage(forked, file);
  }

  @Test
  void characterLimitIsTheSameAsInProcess() throws Exception {
    ReadOptions small = new ReadOptions(false, 1L << 30, 100, Duration.ofSeconds(30));
    Path docx = Fixtures.docx(dir.resolve("lang.docx"), "Kop %d");
    try (IsolatedReader r = new IsolatedReader(small, 1)) {
      DocumentException e = assertThrows(DocumentException.class, () -> r.read(docx));
      assertEquals(ReadProblem.TOO_LARGE, e.problem());
      assertEquals(assertThrows(DocumentException.class, () -> new DocumentReader(small).read(docx)).getMessage(),
          e.getMessage());
    }
    // at the limit exactly both routes read the document, one character over both refuse it: the
    // child's Tika write limit and BlockHandler count the same characters
    Path pdf = Fixtures.pdf(dir.resolve("grens.pdf"), List.of(List.of("Signalen in kaart brengen."),
        List.of("Collegiale consultatie.")), null);
    Document whole = new DocumentReader(ReadOptions.DEFAULTS).read(pdf);
    int exact = -1;
    for (int max = 20; max < 200 && exact < 0; max++) {
      ReadOptions o = new ReadOptions(false, 1L << 30, max, Duration.ofSeconds(30));
      try {
        new DocumentReader(o).read(pdf);
        exact = max;
      } catch (DocumentException tooLarge) {
        assertEquals(ReadProblem.TOO_LARGE, tooLarge.problem());
      }
    }
    assertTrue(exact > 0, "no limit below 200 reads " + whole.textLength() + " characters");
    try (IsolatedReader at = new IsolatedReader(new ReadOptions(false, 1L << 30, exact, Duration.ofSeconds(30)), 1);
        IsolatedReader under = new IsolatedReader(new ReadOptions(false, 1L << 30, exact - 1, Duration.ofSeconds(30)), 1)) {
      assertEquals(whole.blocks(), at.read(pdf).blocks());
      assertEquals(ReadProblem.TOO_LARGE, assertThrows(DocumentException.class, () -> under.read(pdf)).problem());
    }
  }

  @Test
  void hangingParseIsTimeoutAndThePoolGoesOn() throws Exception {
    List<List<String>> pages = new ArrayList<>();
    // 60,000 lines: well over a second to parse even in a warm child on a fast machine
    for (int i = 0; i < 3000; i++) {
      List<String> lines = new ArrayList<>();
      for (int l = 0; l < 10; l++) {
        lines.add("Deze meldcode beschrijft de vijf stappen voor alle medewerkers, pagina " + i + ".");
        lines.add("Bij signalen van huiselijk geweld of kindermishandeling raadpleegt u de aandachtsfunctionaris.");
      }
      pages.add(lines);
    }
    Path pdf = Fixtures.pdf(dir.resolve("drieduizend.pdf"), pages, null);
    Path fine = Path.of("samples/jeugdhulp-het-anker/meldcode.pdf");
    Path tmp;
    try (IsolatedReader hasty = new IsolatedReader(
        new ReadOptions(false, 1L << 30, 5_000_000, Duration.ofSeconds(1)), 1)) {
      tmp = hasty.tempDir();
      hasty.read(fine); // the child is up, so the next second is all parse time
      long start = System.nanoTime();
      DocumentException e = assertThrows(DocumentException.class, () -> hasty.read(pdf));
      long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertEquals(ReadProblem.TIMEOUT, e.problem(), e.getMessage());
      assertTrue(e.getMessage().contains("1 s"), e.getMessage());
      DocumentReaderProblemsTest.assertUserMessage(e, pdf);
      assertTrue(ms < 15_000, "timeout took " + ms + " ms");
      // the killed child is replaced; the next document reads as before
      assertEquals(inProcess.read(fine), hasty.read(fine));
    }
    assertFalse(Files.exists(tmp), tmp + " left behind");
  }

  @Test
  void childOutOfMemoryIsTooLargeAndThePoolGoesOn() throws Exception {
    Path big = Fixtures.bigRunDocx(dir.resolve("een-lange-zin.docx"), 40);
    assertTrue(Files.size(big) < 30L * 1024 * 1024, "fixture is " + Files.size(big) + " bytes");
    Path fine = Path.of("samples/basisschool-de-regenboog/meldcode.docx");
    try (IsolatedReader tight = new IsolatedReader(ReadOptions.DEFAULTS, 1, "64m")) {
      DocumentException e = assertThrows(DocumentException.class, () -> tight.read(big));
      assertEquals(ReadProblem.TOO_LARGE, e.problem(), e.getMessage());
      DocumentReaderProblemsTest.assertUserMessage(e, big);
      assertEquals(inProcess.read(fine), tight.read(fine));
    }
  }

  @Test
  void zipBombOfManySmallEntriesIsRefusedBeforeAnyChildParses() throws Exception {
    Path bomb = Fixtures.manyEntriesDocx(dir.resolve("veel-delen.docx"), 110);
    assertTrue(Files.size(bomb) < 5_000_000, "fixture is " + Files.size(bomb) + " bytes");
    long start = System.nanoTime();
    DocumentException e = assertThrows(DocumentException.class, () -> isolated.read(bomb));
    assertEquals(ReadProblem.TOO_LARGE, e.problem());
    assertTrue(e.getMessage().contains("zip-bom"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }
}
