package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TXT and MD are read without Tika and keep the line number of each block's first line. */
class PlainTextReaderTest {
  @TempDir static Path dir;
  static DocumentReader reader;

  @BeforeAll
  static void init() {
    reader = new DocumentReader(ReadOptions.DEFAULTS);
  }

  @Test
  void txtParagraphsListsAndNumberedHeadingsWithLines() throws Exception {
    String text = String.join("\n",
        "Meldcode kinderopvang",              // 1
        "",                                   // 2
        "1. Inleiding",                       // 3
        "",                                   // 4
        "Deze meldcode geldt voor iedereen",  // 5
        "die met kinderen werkt.",            // 6
        "",                                   // 7
        "- signalen vastleggen",              // 8
        "- overleggen met",                   // 9
        "  een collega",                      // 10
        "a) melden bij Veilig Thuis",         // 11
        "",                                   // 12
        "Stap 2: Overleg",                    // 13
        "Bespreek de signalen   met\tde aandachtsfunctionaris.", // 14
        "",                                   // 15
        "2.1 Collegiale consultatie",         // 16
        "",
        "1. eerste punt van een lijst.",      // 18
        "2. tweede punt");                    // 19
    Document d = reader.read(Fixtures.text(dir.resolve("meldcode.txt"), text));
    assertEquals(DocumentFormat.TXT, d.format());
    assertEquals(List.of(
        "PARAGRAPH|0|Meldcode kinderopvang||0|1",
        "HEADING|1|1. Inleiding|1. Inleiding|0|3",
        "PARAGRAPH|0|Deze meldcode geldt voor iedereen\ndie met kinderen werkt.|1. Inleiding|0|5",
        "LIST_ITEM|0|- signalen vastleggen|1. Inleiding|0|8",
        "LIST_ITEM|0|- overleggen met\neen collega|1. Inleiding|0|9",
        "LIST_ITEM|0|a) melden bij Veilig Thuis|1. Inleiding|0|11",
        "HEADING|2|Stap 2: Overleg|1. Inleiding > Stap 2: Overleg|0|13",
        "PARAGRAPH|0|Bespreek de signalen met de aandachtsfunctionaris.|1. Inleiding > Stap 2: Overleg|0|14",
        "HEADING|2|2.1 Collegiale consultatie|1. Inleiding > 2.1 Collegiale consultatie|0|16",
        "LIST_ITEM|0|1. eerste punt van een lijst.|1. Inleiding > 2.1 Collegiale consultatie|0|18",
        "LIST_ITEM|0|2. tweede punt|1. Inleiding > 2.1 Collegiale consultatie|0|19"),
        DocumentReaderFormatsTest.outline(d));
    assertEquals("text/plain", d.metadata().get("content-type"));
    assertEquals(0, d.pageCount());
  }

  /** An intranet print: page numbers and a running header at each form feed, mid-sentence. */
  @Test
  void pageFurnitureIsDroppedAndABrokenSentenceGoesOn() throws Exception {
    String text = String.join("\n",
        "Meldcode De Overloop",                                  // 1
        "",                                                      // 2
        "Schrijf de antwoorden op in het dossier, ook als",     // 3
        "",                                                      // 4
        "                          Pagina 1 van 3",              // 5
        "\fIntranet De Overloop - Meldcode",                     // 6
        "",                                                      // 7
        "de bewoner geen kinderen heeft.",                       // 8
        "",                                                      // 9
        "Stap 2: Overleg",                                       // 10
        "Bespreek de signalen.",                                 // 11
        "",                                                      // 12
        "                          Pagina 2 van 3",              // 13
        "\fIntranet De Overloop - Meldcode",                     // 14
        "",                                                      // 15
        "Vraag advies aan Veilig Thuis.");                        // 16
    Document d = reader.read(Fixtures.text(dir.resolve("print.txt"), text));
    assertEquals(List.of(
        "PARAGRAPH|0|Meldcode De Overloop||0|1",
        "PARAGRAPH|0|Schrijf de antwoorden op in het dossier, ook als\nde bewoner geen kinderen heeft.||0|3",
        "HEADING|2|Stap 2: Overleg|Stap 2: Overleg|0|10",
        "PARAGRAPH|0|Bespreek de signalen.|Stap 2: Overleg|0|11",
        "PARAGRAPH|0|Vraag advies aan Veilig Thuis.|Stap 2: Overleg|0|16"),
        DocumentReaderFormatsTest.outline(d));
  }

  /** A title between two rule lines, as intranet and e-mail exports box their sections. */
  @Test
  void aTitleBetweenRulesIsAHeading() throws Exception {
    String text = String.join("\n",
        "Werkkaart meldcode",                                        // 1
        "",                                                          // 2
        "----------------------------------------",                 // 3
        "WIE ZIJN ONZE GEDRAGSWETENSCHAPPERS?",                     // 4
        "----------------------------------------",                 // 5
        "Groep Vlinders: Anouk Smeenk, toestel 214");               // 6
    Document d = reader.read(Fixtures.text(dir.resolve("werkkaart.txt"), text));
    assertEquals(List.of(
        "PARAGRAPH|0|Werkkaart meldcode||0|1",
        "HEADING|1|WIE ZIJN ONZE GEDRAGSWETENSCHAPPERS?|WIE ZIJN ONZE GEDRAGSWETENSCHAPPERS?|0|4",
        "PARAGRAPH|0|Groep Vlinders: Anouk Smeenk, toestel 214|WIE ZIJN ONZE GEDRAGSWETENSCHAPPERS?|0|6"),
        DocumentReaderFormatsTest.outline(d));
  }

  @Test
  void markdownHeadingsSetextAndTablesWithLines() throws Exception {
    String text = String.join("\r\n",
        "Meldcode",                    // 1
        "========",                    // 2
        "",                            // 3
        "## Stap 1 ##",                // 4
        "Signalen *vastleggen*.",      // 5
        "",                            // 6
        "Afwegingskader",              // 7
        "--------------",              // 8
        "| Vraag | Antwoord |",        // 9
        "|---|:---:|",                 // 10
        "| Melden? | Ja |",            // 11
        "",                            // 12
        "### Details",                 // 13
        "* punt een",                  // 14
        "# Bijlage");                  // 15
    Document d = reader.read(Fixtures.text(dir.resolve("meldcode.md"), text));
    assertEquals(DocumentFormat.MD, d.format());
    assertEquals(List.of(
        "HEADING|1|Meldcode|Meldcode|0|1",
        "HEADING|2|Stap 1|Meldcode > Stap 1|0|4",
        "PARAGRAPH|0|Signalen *vastleggen*.|Meldcode > Stap 1|0|5",
        "HEADING|2|Afwegingskader|Meldcode > Afwegingskader|0|7",
        // the separator line makes the first row the header; the header row stays a block
        "TABLE_ROW|0|Vraag\nAntwoord|Meldcode > Afwegingskader|0|9",
        "TABLE_ROW|0|Vraag: Melden?\nAntwoord: Ja|Meldcode > Afwegingskader|0|11",
        "HEADING|3|Details|Meldcode > Afwegingskader > Details|0|13",
        "LIST_ITEM|0|* punt een|Meldcode > Afwegingskader > Details|0|14",
        "HEADING|1|Bijlage|Bijlage|0|15"), DocumentReaderFormatsTest.outline(d));
    assertEquals("text/markdown", d.metadata().get("content-type"));
  }

  @Test
  void markdownTablesWithoutSeparatorLineFollowTheShapeRules() throws Exception {
    String text = String.join("\n",
        "# Stappen",                                               // 1
        "| Stap | Wie | Wat |",                                     // 2
        "| Stap 1 | leerkracht | signaleert |",                    // 3
        "| Stap 2 | | overlegt met de aandachtsfunctionaris |",     // 4
        "",                                                        // 5
        "| Vastgesteld door | Directie |",                         // 6
        "| Datum | 12-03-2024 |",                                  // 7
        "| Versie | 2.1 |",                                        // 8
        "Tekst na de tabel.");                                     // 9
    Document d = reader.read(Fixtures.text(dir.resolve("tabellen.md"), text));
    assertEquals(List.of(
        "HEADING|1|Stappen|Stappen|0|1",
        "TABLE_ROW|0|Stap\nWie\nWat|Stappen|0|2",
        "TABLE_ROW|0|Stap 1\nWie: leerkracht\nWat: signaleert|Stappen|0|3",
        "TABLE_ROW|0|Stap 2\nWat: overlegt met de aandachtsfunctionaris|Stappen|0|4",
        "TABLE_ROW|0|Vastgesteld door\nDirectie|Stappen|0|6",
        "TABLE_ROW|0|Datum\n12-03-2024|Stappen|0|7",
        "TABLE_ROW|0|Versie\n2.1|Stappen|0|8",
        "PARAGRAPH|0|Tekst na de tabel.|Stappen|0|9"), DocumentReaderFormatsTest.outline(d));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "notities.txt, '# Meldcode\n\nTekst.', MD",
      "notities.txt, 'Meldcode\n\nTekst zonder opmaak.', TXT",
      "README, '## Stap 1\nTekst.', MD",
      "leesmij.markdown, 'Meldcode\n\nTekst.', MD"})
  void markdownByExtensionOrContent(String name, String text, DocumentFormat expected) throws Exception {
    Path file = Fixtures.text(dir.resolve(name), text.replace("\\n", "\n"));
    assertEquals(expected, reader.read(file).format());
    Files.delete(file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-8 with BOM, bom", "UTF-8 without BOM, utf8", "windows-1252, cp1252"})
  void charsets(String label, String kind) throws Exception {
    String text = "Cliënt’s café: “privé” overleg.";
    byte[] bytes;
    if (kind.equals("bom")) {
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
    } else {
      bytes = text.getBytes(kind.equals("utf8") ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
    }
    Path file = Files.write(dir.resolve(kind + ".txt"), bytes);
    Document d = reader.read(file);
    assertEquals(text, d.blocks().get(0).text());
    assertEquals(1, d.blocks().get(0).line());
  }

  /**
   * Text copied off a web page: a short line without punctuation over its text is that text's
   * heading; a hard-wrapped sentence (its next line in lower case) and a long line are not.
   */
  @Test
  void shortTitleLinesOverTheirTextAreHeadings() throws Exception {
    String text = String.join("\n",
        "Kindcheck",
        "Onze praktijk behandelt veel kinderen. Een kindcheck voeren wij niet uit.",
        "",
        "Bij zorgen over een kind overleggen wij altijd",
        "met de aandachtsfunctionaris van de locatie.",
        "",
        "Wie is onze aandachtsfunctionaris op de locatie",
        "Zij heet Petra.");
    Path f = Files.writeString(dir.resolve("titels.txt"), text, StandardCharsets.UTF_8);
    List<Block> blocks = reader.read(f).blocks();
    assertEquals(BlockKind.HEADING, blocks.get(0).kind());
    assertEquals("Kindcheck", blocks.get(0).text());
    assertEquals(List.of("Kindcheck"), blocks.get(1).headingPath());
    assertEquals(BlockKind.PARAGRAPH, blocks.get(2).kind(), "a wrapped sentence is no heading");
    assertEquals(BlockKind.PARAGRAPH, blocks.get(3).kind(), "seven words are a sentence, not a title");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " :: ", value = {
    "2. Voordat een melding wordt gedaan, bespreekt de :: behandelaar het voornemen met de cliënt. :: true",
    "3. De melding, de datum ervan, de afspraken met Veilig :: Thuis worden vastgelegd. :: true",
    "2. Collegiale consultatie :: de medewerker overlegt. :: false",
    "4. Wegen van het geweld :: Bij twijfel Veilig Thuis. :: false",
    "2. Het landelijke afwegingskader gaat :: ervan uit dat altijd wordt gemeld. :: true",
    "Stap 2: collegiale consultatie en raadplegen van :: een deskundige collega :: false",
  })
  void aNumberedSentenceThatWrapsIsNoHeading(String first, String rest, boolean wrapped) {
    assertEquals(wrapped, BlockBuilder.isWrappedSentence(first, rest));
  }
}
