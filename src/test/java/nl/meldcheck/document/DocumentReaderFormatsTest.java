package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real documents of every supported format, written by POI, PDFBox and zip, read back. */
class DocumentReaderFormatsTest {
  @TempDir static Path dir;
  static DocumentReader reader;

  @BeforeAll
  static void init() {
    reader = new DocumentReader(ReadOptions.DEFAULTS);
  }

  /** kind|level|text|path joined by " > "|page|line: one line per block, easy to compare. */
  static List<String> outline(Document d) {
    List<String> out = new ArrayList<>();
    for (Block b : d.blocks()) {
      out.add(b.kind() + "|" + b.level() + "|" + b.text() + "|" + String.join(" > ", b.headingPath())
          + "|" + b.page() + "|" + b.line());
    }
    return out;
  }

  static void assertDense(Document d) {
    for (int i = 0; i < d.blocks().size(); i++) {
      assertEquals(i, d.blocks().get(i).index());
    }
  }

  @ParameterizedTest(name = "style named \"{0}\"")
  @ValueSource(strings = {"Kop %d", "heading %d"})
  void docxHeadingsFromDutchAndEnglishStyleNames(String styleName) throws Exception {
    Path file = Fixtures.docx(dir.resolve(styleName.replace(" %d", "") + ".docx"), styleName);
    Document d = reader.read(file);
    assertEquals(DocumentFormat.DOCX, d.format());
    assertEquals(0, d.pageCount());
    String m = "Meldcode huiselijk geweld";
    String s = m + " > Stappenplan";
    assertEquals(List.of(
        "HEADING|1|" + m + "|" + m + "|0|0",
        "PARAGRAPH|0|Deze meldcode beschrijft hoe medewerkers handelen bij signalen.|" + m + "|0|0",
        "HEADING|2|Stappenplan|" + s + "|0|0",
        "HEADING|3|Stap 1: Breng signalen in kaart|" + s + " > Stap 1: Breng signalen in kaart|0|0",
        "PARAGRAPH|0|Wij leggen signalen vast in het dossier van de cliënt.|" + s + " > Stap 1: Breng signalen in kaart|0|0",
        "LIST_ITEM|0|Observaties van de medewerker|" + s + " > Stap 1: Breng signalen in kaart|0|0",
        "HEADING|3|Stap 2: Overleg met een collega|" + s + " > Stap 2: Overleg met een collega|0|0",
        // two rows of two short cells: no header row can be told from a label-value pair
        "TABLE_ROW|0|Rol\nTaak|" + s + " > Stap 2: Overleg met een collega|0|0",
        "TABLE_ROW|0|Aandachtsfunctionaris\nAdviseert bij twijfel|" + s + " > Stap 2: Overleg met een collega|0|0",
        "HEADING|1|Bijlagen|Bijlagen|0|0",
        "PARAGRAPH|0|Het afwegingskader staat in bijlage 1.|Bijlagen|0|0"), outline(d));
    assertDense(d);
  }

  @Test
  void docxIdentityMetadataAndSource() throws Exception {
    Path file = Fixtures.docx(dir.resolve("meta.docx"), "Kop %d");
    Document d = reader.read(file);
    assertEquals(file.toString(), d.source());
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    assertEquals(expected, d.sha256());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        d.metadata().get("content-type"));
    assertTrue(d.metadata().containsKey("created"), d.metadata().toString());
    List<String> allowed = List.of("title", "created", "modified", "pages", "content-type");
    assertTrue(allowed.containsAll(d.metadata().keySet()), d.metadata().toString());
  }

  @Test
  void pdfPagesNumberedHeadingsAndListItems() throws Exception {
    Path file = Fixtures.pdf(dir.resolve("pages.pdf"), List.of(
        List.of("1. Inleiding", "", "Deze meldcode geldt voor alle medewerkers van de organisatie",
            "en wordt jaarlijks besproken in het team.", "", "\u2022 signalen vastleggen",
            "\u2022 overleggen met een collega"),
        List.of("Stap 2: Overleg met een collega", "",
            "Bespreek de signalen met de aandachtsfunctionaris."),
        List.of("1.1 Reikwijdte", "", "De meldcode geldt ook voor vrijwilligers en stagiairs.")),
        null);
    Document d = reader.read(file);
    assertEquals(DocumentFormat.PDF, d.format());
    assertEquals(3, d.pageCount());
    assertEquals("3", d.metadata().get("pages"));
    assertEquals(List.of(
        "HEADING|1|1. Inleiding|1. Inleiding|1|0",
        "PARAGRAPH|0|Deze meldcode geldt voor alle medewerkers van de organisatie\n"
            + "en wordt jaarlijks besproken in het team.|1. Inleiding|1|0",
        "LIST_ITEM|0|\u2022 signalen vastleggen|1. Inleiding|1|0",
        "LIST_ITEM|0|\u2022 overleggen met een collega|1. Inleiding|1|0",
        "HEADING|2|Stap 2: Overleg met een collega|1. Inleiding > Stap 2: Overleg met een collega|2|0",
        "PARAGRAPH|0|Bespreek de signalen met de aandachtsfunctionaris.|1. Inleiding > Stap 2: Overleg met een collega|2|0",
        "HEADING|2|1.1 Reikwijdte|1. Inleiding > 1.1 Reikwijdte|3|0",
        "PARAGRAPH|0|De meldcode geldt ook voor vrijwilligers en stagiairs.|1. Inleiding > 1.1 Reikwijdte|3|0"),
        outline(d));
  }

  @Test
  void pdfNamedDocxIsReadAsPdf() throws Exception {
    Path pdf = Fixtures.pdf(dir.resolve("echt.pdf"), List.of(List.of(
        "Deze meldcode beschrijft de vijf stappen voor alle medewerkers.")), null);
    Path disguised = Files.copy(pdf, dir.resolve("vermomd.docx"));
    Document d = reader.read(disguised);
    assertEquals(DocumentFormat.PDF, d.format());
    assertEquals(1, d.blocks().get(0).page());
  }

  @Test
  void odtKeepsBreaksBetweenHeadingAndParagraph() throws Exception {
    Document d = reader.read(Fixtures.odt(dir.resolve("beleid.odt")));
    assertEquals(DocumentFormat.ODT, d.format());
    assertEquals(List.of(
        "HEADING|1|Doel en reikwijdte|Doel en reikwijdte|0|0",
        "PARAGRAPH|0|Het beleid geldt voor alle medewerkers.|Doel en reikwijdte|0|0",
        "HEADING|2|Stap 3|Doel en reikwijdte > Stap 3|0|0",
        "PARAGRAPH|0|Gebruik het afwegingskader.|Doel en reikwijdte > Stap 3|0|0",
        "LIST_ITEM|0|Is melden noodzakelijk?|Doel en reikwijdte > Stap 3|0|0",
        "LIST_ITEM|0|Is hulp mogelijk?|Doel en reikwijdte > Stap 3|0|0"), outline(d));
  }

  @Test
  void htmlHeadingsListsAndTablesWithoutHeadText() throws Exception {
    Path file = Fixtures.text(dir.resolve("beleid.html"), "<!DOCTYPE html><html><head>"
        + "<title>Meldcode Zorg</title><style>p{color:red}</style></head><body>"
        + "<h1>Meldcode</h1><p>Tekst   met\tspaties.</p><h2>Stap 1</h2>"
        + "<ul><li>Signalen</li><li>Overleg<ul><li>Collega</li></ul></li></ul>"
        + "<table><tr><th>Rol</th><td>Taak<br>en verantwoordelijkheid</td></tr></table>"
        + "<h3>Details</h3><p>Zie bijlage.</p><h2>Stap 2</h2><p>Overleg.</p></body></html>");
    Document d = reader.read(file);
    assertEquals(DocumentFormat.HTML, d.format());
    assertEquals("Meldcode Zorg", d.metadata().get("title"));
    assertEquals(List.of(
        "HEADING|1|Meldcode|Meldcode|0|0",
        "PARAGRAPH|0|Tekst met spaties.|Meldcode|0|0",
        "HEADING|2|Stap 1|Meldcode > Stap 1|0|0",
        "LIST_ITEM|0|Signalen|Meldcode > Stap 1|0|0",
        "LIST_ITEM|0|Overleg|Meldcode > Stap 1|0|0",
        "LIST_ITEM|0|Collega|Meldcode > Stap 1|0|0",
        "TABLE_ROW|0|Rol\nTaak\nen verantwoordelijkheid|Meldcode > Stap 1|0|0",
        "HEADING|3|Details|Meldcode > Stap 1 > Details|0|0",
        "PARAGRAPH|0|Zie bijlage.|Meldcode > Stap 1 > Details|0|0",
        "HEADING|2|Stap 2|Meldcode > Stap 2|0|0",
        "PARAGRAPH|0|Overleg.|Meldcode > Stap 2|0|0"), outline(d));
  }

  @Test
  void rtfParagraphsAndNumberedHeadings() throws Exception {
    Path file = Fixtures.text(dir.resolve("beleid.rtf"),
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 Meldcode voor de kinderopvang\\par\\par"
            + " 2. Signaleren\\par Wij leggen signalen vast in het dossier.\\par"
            + " 2.1 Overleg\\par Bespreek twijfels met de aandachtsfunctionaris.\\par}");
    Document d = reader.read(file);
    assertEquals(DocumentFormat.RTF, d.format());
    assertEquals(List.of(
        "PARAGRAPH|0|Meldcode voor de kinderopvang||0|0",
        "HEADING|1|2. Signaleren|2. Signaleren|0|0",
        "PARAGRAPH|0|Wij leggen signalen vast in het dossier.|2. Signaleren|0|0",
        "HEADING|2|2.1 Overleg|2. Signaleren > 2.1 Overleg|0|0",
        "PARAGRAPH|0|Bespreek twijfels met de aandachtsfunctionaris.|2. Signaleren > 2.1 Overleg|0|0"),
        outline(d));
  }

  @Test
  void docIsReadAsDoc() throws Exception {
    Path file = dir.resolve("meldcode.doc");
    try (var in = getClass().getResourceAsStream("/fixtures/meldcode.doc")) {
      Files.copy(in, file);
    }
    Document d = reader.read(file);
    assertEquals(DocumentFormat.DOC, d.format());
    assertEquals(0, d.pageCount());
    String m = "Meldcode huiselijk geweld";
    String s1 = m + " > Stap 1: Breng signalen in kaart";
    String s2 = m + " > Stap 2: Overleg met een collega";
    assertEquals(List.of(
        "HEADING|1|" + m + "|" + m + "|0|0",
        "PARAGRAPH|0|Deze meldcode beschrijft hoe medewerkers handelen bij signalen.|" + m + "|0|0",
        "HEADING|2|Stap 1: Breng signalen in kaart|" + s1 + "|0|0",
        "PARAGRAPH|0|Wij leggen signalen vast in het dossier van de cliënt.|" + s1 + "|0|0",
        "LIST_ITEM|0|\u00B7 Observaties van de medewerker|" + s1 + "|0|0",
        "TABLE_ROW|0|Rol\nTaak|" + s1 + "|0|0",
        "HEADING|2|Stap 2: Overleg met een collega|" + s2 + "|0|0",
        "PARAGRAPH|0|Bespreek de signalen met de aandachtsfunctionaris.|" + s2 + "|0|0"), outline(d));
  }

  @Test
  void readerIsSafeToShareBetweenThreads() throws Exception {
    List<Path> files = List.of(
        Fixtures.docx(dir.resolve("t1.docx"), "Kop %d"),
        Fixtures.odt(dir.resolve("t2.odt")),
        Fixtures.pdf(dir.resolve("t3.pdf"), List.of(List.of("Stap 1: Signalen in kaart brengen",
            "", "Wij leggen signalen vast in het dossier.")), null),
        Fixtures.text(dir.resolve("t4.md"), "# Meldcode\n\nTekst.\n"));
    List<List<String>> sequential = new ArrayList<>();
    for (Path f : files) {
      sequential.add(outline(reader.read(f)));
    }
    List<List<String>> parallel = files.parallelStream().map(f -> {
      try {
        return outline(reader.read(f));
      } catch (DocumentException e) {
        throw new AssertionError(e);
      }
    }).collect(Collectors.toList());
    assertEquals(sequential, parallel);
    assertFalse(sequential.get(0).isEmpty());
  }
}
