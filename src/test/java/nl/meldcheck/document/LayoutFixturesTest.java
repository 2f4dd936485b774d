package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Layout as real tools write it: the files in src/test/resources/fixtures/layout were made by
 * LibreOffice and python-docx with scripts/make-layout-fixtures, and are read back block by block
 * (kind, level, text, heading path, page, line).
 */
class LayoutFixturesTest {
  @TempDir static Path dir;
  static DocumentReader reader;

  @BeforeAll
  static void init() {
    reader = new DocumentReader(ReadOptions.DEFAULTS);
  }

  static Document read(String name) throws Exception {
    Path file = dir.resolve(name.replace('/', '_'));
    try (var in = LayoutFixturesTest.class.getResourceAsStream("/fixtures/layout/" + name)) {
      Files.copy(in, file);
    }
    Document d = reader.read(file);
    for (int i = 0; i < d.blocks().size(); i++) {
      assertEquals(i, d.blocks().get(i).index());
    }
    return d;
  }

  private static final String M = "Meldcode De Regenboog";
  private static final List<String> LAYOUT_CELL = List.of(
      "Deze kolom is opgemaakt als een tabel zonder randen, zoals sommige scholen hun hele meldcode opmaken.",
      "De leerkracht let op signalen van huiselijk geweld en kindermishandeling bij alle leerlingen van de school.",
      "Zij noteert wat zij ziet en hoort, met datum en tijd, in het leerlingdossier en maakt geen aantekeningen op losse papiertjes.",
      "Bij twijfel bespreekt zij haar zorgen met een collega of met de intern begeleider van de bouw.",
      "De aandachtsfunctionaris helpt bij het wegen van de signalen en vraagt zo nodig advies aan Veilig Thuis.",
      "Daarna voert de leerkracht samen met de intern begeleider een gesprek met de ouders over de zorgen.",
      "Zij bereiden dit gesprek goed voor en leggen de uitkomst vast in het dossier van de leerling.",
      "Als de veiligheid van de leerling of van een medewerker in gevaar komt, wordt het gesprek uitgesteld.",
      "De directeur besluit na overleg met de aandachtsfunctionaris of een melding bij Veilig Thuis nodig is.");

  /**
   * The same tables in HTML (th, thead) and as LibreOffice writes them to DOCX (header cells in the
   * "Table Heading" style) and ODT (no marking at all: the header row is found by its shape).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"source/tabellen.html", "tabellen.docx", "tabellen.odt"})
  void tablesBecomeOneBlockPerRowReadWithTheirHeaders(String name) throws Exception {
    Document d = read(name);
    String stappen = M + " > Stappenplan";
    String vast = M + " > Vaststelling";
    String taken = M + " > Taken";
    String bereik = M + " > Bereikbaarheid";
    String opmaak = M + " > Opmaak";
    boolean html = name.endsWith(".html");
    // LibreOffice's HTML import puts the nested table into the first cell of its row
    String nested = html ? "Onderwerp: Telefoonnummers\nAfspraak: Veilig Thuis; 0800-2000\nPolitie; 112"
        : name.endsWith(".docx") ? "Onderwerp: Telefoonnummers\nVeilig Thuis; 0800-2000\nPolitie; 112"
        : "Telefoonnummers\nVeilig Thuis; 0800-2000\nPolitie; 112";
    assertEquals(List.of(
        "HEADING|1|" + M + "|" + M + "|0|0",
        "HEADING|2|Stappenplan|" + stappen + "|0|0",
        "PARAGRAPH|0|De stappen staan in de tabel hieronder.|" + stappen + "|0|0",
        "TABLE_ROW|0|Stap\nWie\nWat\nVastleggen|" + stappen + "|0|0",
        "TABLE_ROW|0|Stap 1\nWie: leerkracht\nWat: brengt signalen in kaart\nVastleggen: in het leerlingdossier|"
            + stappen + "|0|0",
        "TABLE_ROW|0|Stap 2\nWie: aandachtsfunctionaris\nWat: overlegt met Veilig Thuis|" + stappen + "|0|0",
        "TABLE_ROW|0|Stap 3\nWie: leerkracht en intern begeleider\nWat: voeren het gesprek met de ouders.\n"
            + "Zij vragen de leerling naar zijn beleving.\nVastleggen: verslag in het dossier|" + stappen + "|0|0",
        "HEADING|2|Vaststelling|" + vast + "|0|0",
        "TABLE_ROW|0|Vastgesteld door\nDirectie|" + vast + "|0|0",
        "TABLE_ROW|0|Datum\n12-03-2024|" + vast + "|0|0",
        "TABLE_ROW|0|Versie\n2.1|" + vast + "|0|0",
        "HEADING|2|Taken|" + taken + "|0|0",
        "TABLE_ROW|0|De leerkracht legt signalen vast.\nZij bespreekt ze met een collega.|" + taken + "|0|0",
        "TABLE_ROW|0|De aandachtsfunctionaris bewaakt de stappen.\nHij houdt de meldcode actueel.\n"
            + "Hij organiseert scholing.|" + taken + "|0|0",
        "HEADING|2|Bereikbaarheid|" + bereik + "|0|0",
        "TABLE_ROW|0|Onderwerp\nAfspraak|" + bereik + "|0|0",
        "TABLE_ROW|0|" + nested + "|" + bereik + "|0|0",
        "HEADING|2|Opmaak|" + opmaak + "|0|0",
        // a cell of more than 120 words: a page-layout table, read cell by cell
        "TABLE_CELL|0|" + String.join(html ? "\n" : " ", LAYOUT_CELL) + "|" + opmaak + "|0|0",
        "TABLE_CELL|0|Zie ook de bijlage met telefoonnummers.|" + opmaak + "|0|0"),
        outline(d));
  }

  /**
   * Word tables of two columns, where only the bold typed into the cells tells a header row from
   * a list of labels: bold "Rol | Taak" over plain rows is a header; bold labels beside plain
   * values in every row are not.
   */
  @Test
  void boldFirstRowIsAHeaderBoldLabelsAreNot() throws Exception {
    assertEquals(List.of(
        "HEADING|1|Taken|Taken|0|0",
        "TABLE_ROW|0|Rol\nTaak|Taken|0|0",
        "TABLE_ROW|0|Rol: Aandachtsfunctionaris\nTaak: adviseert collega\u2019s bij twijfel|Taken|0|0",
        "TABLE_ROW|0|Rol: Teamleider\nTaak: besluit over de melding|Taken|0|0",
        "HEADING|1|Vaststelling|Vaststelling|0|0",
        "TABLE_ROW|0|Vastgesteld door\nDirectie|Vaststelling|0|0",
        "TABLE_ROW|0|Datum\n12 maart 2024|Vaststelling|0|0",
        "TABLE_ROW|0|Versie\n2.1|Vaststelling|0|0"), outline(read("tabellen-word.docx")));
  }

  /**
   * Text boxes drawn in LibreOffice: in the ODT one block per box (draw:text-box), in the DOCX it
   * writes (a DrawingML box plus a VML copy in mc:Fallback) one block per box paragraph, each once.
   * Box text never becomes a heading, so "Na het schema" stays under "Stroomschema".
   */
  @Test
  void odtTextBoxesOneBlockPerBox() throws Exception {
    String s = "Stroomschema";
    assertEquals(List.of(
        "HEADING|1|Stroomschema|" + s + "|0|0",
        "PARAGRAPH|0|Het schema hieronder toont de route bij zorgen.|" + s + "|0|0",
        "TEXT_BOX|0|Stap 1: signalen in kaart brengen\nDe beroepskracht noteert wat zij ziet.|" + s + "|0|0",
        "TEXT_BOX|0|Stap 2: overleg met de aandachtsfunctionaris|" + s + "|0|0",
        // LibreOffice writes a paragraph's frames before the paragraph's own text
        "TEXT_BOX|0|Bel direct 112.|" + s + "|0|0",
        "PARAGRAPH|0|Bij acuut gevaar gaat u niet door het schema.|" + s + "|0|0",
        "PARAGRAPH|0|Na het schema volgt de toelichting.|" + s + "|0|0"), outline(read("kaders.odt")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kaders.docx", "kaders-word.docx"})
  void docxTextBoxesOnceEachInReadingOrder(String name) throws Exception {
    String s = "Stroomschema";
    List<String> expected = new ArrayList<>(List.of(
        "HEADING|1|Stroomschema|" + s + "|0|0",
        "PARAGRAPH|0|Het schema hieronder toont de route bij zorgen.|" + s + "|0|0",
        // Tika marks no box boundary in DOCX: each paragraph of a box is a block
        "TEXT_BOX|0|Stap 1: signalen in kaart brengen|" + s + "|0|0",
        "TEXT_BOX|0|De beroepskracht noteert wat zij ziet.|" + s + "|0|0",
        "TEXT_BOX|0|Stap 2: overleg met de aandachtsfunctionaris|" + s + "|0|0",
        "PARAGRAPH|0|Bij acuut gevaar gaat u niet door het schema.|" + s + "|0|0",
        "TEXT_BOX|0|Bel direct 112.|" + s + "|0|0"));
    if (name.equals("kaders-word.docx")) {
      // a VML-only box (older Word): its text comes inside its paragraph's text and is cut out
      expected.add("PARAGRAPH|0|Een ouder tekstvak:|" + s + "|0|0");
      expected.add("TEXT_BOX|0|Vraag advies aan Veilig Thuis.|" + s + "|0|0");
    }
    expected.add("PARAGRAPH|0|Na het schema volgt de toelichting.|" + s + "|0|0");
    assertEquals(expected, outline(read(name)));
  }

  /**
   * The DOCX behind the two-column PDF: Tika emits its header and footer once per section; the
   * second section's copies are dropped, so they are not body text twice.
   */
  @Test
  void docxHeadersAndFootersOnce() throws Exception {
    List<String> out = outline(read("kolommen.docx"));
    assertEquals("PARAGRAPH|0|Meldcode Stichting De Brug \u2014 versie 2024||0|0", out.get(0));
    assertEquals("HEADING|1|Werkwijze|Werkwijze|0|0", out.get(1));
    assertEquals(List.of(
        "PARAGRAPH|0|pagina 1 van 1|Werkwijze|0|0",
        "HEADING|1|Bijlage|Bijlage|0|0",
        "PARAGRAPH|0|Veilig Thuis is dag en nacht bereikbaar op 0800-2000. Bij acuut gevaar belt de "
            + "medewerker 112.|Bijlage|0|0"), out.subList(out.size() - 3, out.size()));
    assertEquals(14, out.size());
  }

  /**
   * A PDF made by LibreOffice from a two-column DOCX with a running header and a "pagina X van Y"
   * footer: columns in reading order (content-stream order; sorting by position would interleave
   * the two columns line by line), header and footer off the pages, also where the extraction glued
   * the header to the first paragraph of page 2 (the header kept once at the end, the page numbers
   * not), and the paragraph broken by the page break joined, on the page where it starts.
   */
  @Test
  void twoColumnPdfWithRunningHeaderAndFooter() throws Exception {
    Document d = read("kolommen.pdf");
    assertEquals(3, d.pageCount());
    assertEquals(List.of(
        "PARAGRAPH|0|Werkwijze\nIedere medewerker van De\nBrug let op signalen van\nhuiselijk geweld en\n"
            + "kindermishandeling. Wie\niets ziet of hoort dat\nzorgen baart, schrijft dat\n"
            + "nog dezelfde dag feitelijk\nop.||1|0",
        "PARAGRAPH|0|De medewerker noteert de\nsignalen in het dossier van\nde cliënt, met datum, bron\n"
            + "en de eigen waarneming.\nVermoedens en\ninterpretaties staan apart\nvan wat zij zelf heeft\n"
            + "gezien.||1|0",
        "PARAGRAPH|0|Bij twijfel overlegt de\nmedewerker met een\ncollega of met de\n"
            + "aandachtsfunctionaris.\nSamen bekijken zij of de\nsignalen ernstig genoeg\n"
            + "zijn om verder te gaan met\nhet stappenplan.||1|0",
        "PARAGRAPH|0|De aandachtsfunctionaris\nkan altijd advies vragen\naan Veilig Thuis. Dat\n"
            + "advies is anoniem en\nwordt met de uitkomst van\nhet overleg in het dossier\nvastgelegd.||1|0",
        "PARAGRAPH|0|Daarna spreekt de\nmedewerker met de cliënt\nover de zorgen. Zij bereidt\n"
            + "het gesprek voor met de\naandachtsfunctionaris en\nvertelt open wat zij heeft\n"
            + "gezien en waarom zij zich\nzorgen maakt over de\nveiligheid van de cliënt en\n"
            + "van de kinderen in het\ngezin.||1|0",
        "PARAGRAPH|0|Als het gesprek de\nveiligheid van de cliënt of\nvan de medewerker in\n"
            + "gevaar brengt, wordt het\nuitgesteld tot na overleg\nmet Veilig Thuis. Die\n"
            + "afweging komt in het\ndossier.||2|0",
        "PARAGRAPH|0|Met het afwegingskader\nweegt de\naandachtsfunctionaris het\n"
            + "risico op en de aard en de\nernst van het geweld. Bij\nacute of structurele\n"
            + "onveiligheid wordt altijd\ngemeld bij Veilig Thuis.||2|0",
        "PARAGRAPH|0|De teamleider besluit of\neen melding nodig is en of\nde organisatie zelf\n"
            + "passende hulp kan bieden\nof organiseren. Het besluit\nen de redenen staan in het\n"
            + "dossier van de cliënt.||2|0",
        "PARAGRAPH|0|Na een melding blijft de\nmedewerker betrokken bij\nde cliënt, tenzij Veilig\n"
            + "Thuis anders afspreekt. De\naandachtsfunctionaris\nhoudt contact met Veilig\n"
            + "Thuis over de voortgang.||2|0",
        "PARAGRAPH|0|Bijlage\nVeilig Thuis is dag en nacht bereikbaar op 0800-2000. Bij\n"
            + "acuut gevaar belt de medewerker 112.||3|0",
        // the running header once, at the end, with the page it first stood on
        "PARAGRAPH|0|Meldcode Stichting De Brug \u2014 versie 2024||1|0"),
        outline(d));
  }

  private static List<String> outline(Document d) {
    return DocumentReaderFormatsTest.outline(d);
  }
}
