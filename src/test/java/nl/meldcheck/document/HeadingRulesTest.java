package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingRulesTest {
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Stap 1|-1",
      "Stap 1: Breng signalen in kaart|-1",
      "Stap 3 – Gebruik het afwegingskader|-1",
      "stap twee: overleg|-1",
      "Stap 5. Beslissen|-1",
      "2. Signaleren|1",
      "2.1 Overleg met collega's|2",
      "2.1. Overleg|2",
      "3.2.4 Vastleggen in het dossier|3",
      "Stap 1: Breng de signalen in kaart.|0",
      "Stapsgewijs werken|0",
      "3 medewerkers hebben een melding gedaan|0",
      "3 Medewerkers|0",
      "2. signaleren|0",
      "2020 Jaarverslag|0",
      "Inleiding|0",
      "2. Signaleren, overleggen en melden van signalen van huiselijk geweld en kindermishandeling bij cliënten|0"})
  void numberedLevel(String text, int level) {
    assertEquals(level, HeadingRules.numberedLevel(text));
  }

  @ParameterizedTest(name = "class {0} -> {1}")
  @CsvSource({"kop_1, 1", "Kop_2, 2", "heading_3, 3", "heading3, 3", "kop_1_meldcode, 1",
      "normal, 0", "kop_9, 0", "list_paragraph, 0"})
  void classLevel(String cssClass, int level) {
    assertEquals(level, HeadingRules.classLevel(cssClass));
  }

  @Test
  void listClassesAndBullets() {
    assertTrue(HeadingRules.isListClass("list_paragraph"));
    assertTrue(HeadingRules.isListClass("lijstalinea"));
    assertFalse(HeadingRules.isListClass("kop_1"));
    assertFalse(HeadingRules.isListClass(null));
    assertTrue(HeadingRules.startsWithBullet("\u2022 signalen"));
    assertTrue(HeadingRules.startsWithBullet("- signalen"));
    assertFalse(HeadingRules.startsWithBullet("-signalen"));
    assertFalse(HeadingRules.startsWithBullet("Signalen"));
  }

  @Test
  void stepHeadingsNestOneBelowTheEnclosingChapterAndAreSiblings() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.HEADING, "Werkwijze", 2, 0, 0);
    b.add(BlockKind.PARAGRAPH, "Stap 1: Signalen", 0, 0, 0);
    b.add(BlockKind.PARAGRAPH, "Stap 2: Overleg\nBespreek de signalen met een collega.", 0, 4, 7);
    b.add(BlockKind.HEADING, "Bijlage", 1, 0, 0);
    b.add(BlockKind.PARAGRAPH, "Stap 1", 0, 0, 0);
    List<Block> blocks = b.blocks();
    assertEquals(3, blocks.get(1).level());
    assertEquals(List.of("Werkwijze", "Stap 2: Overleg"), blocks.get(2).headingPath());
    assertEquals(BlockKind.PARAGRAPH, blocks.get(3).kind());
    assertEquals(8, blocks.get(3).line(), "the rest starts on the next line");
    assertEquals(4, blocks.get(3).page());
    assertEquals(2, blocks.get(5).level());
    assertEquals(List.of("Bijlage", "Stap 1"), blocks.get(5).headingPath());
    b.add(BlockKind.PARAGRAPH, "Stap 1", 0, 0, 0);
    assertEquals(List.of("Bijlage", "Stap 1"), blocks.get(6).headingPath());
  }

  @Test
  void aTableRowWithASentenceInsideIsNoHeading() {
    assertEquals(0, HeadingRules.numberedLevel("3. Gesprek Bespreek de zorgen met de ouders en de jongere zelf. Jeugdhulpverlener"));
    assertEquals(0, HeadingRules.numberedLevel("Stap 2: Overleg. Bespreek de signalen met een collega"));
    assertEquals(1, HeadingRules.numberedLevel("3. Gesprek met de cliënt"));
  }

  @Test
  void aWrappedStepHeadingKeepsItsSecondLine() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.PARAGRAPH, "Stap 2: Collegiale consultatie en zo nodig raadplegen van het\nAMK of het Steunpunt"
        + "\nBespreek de signalen met een deskundige collega.", 0, 1, 0);
    b.add(BlockKind.PARAGRAPH, "Stap 3: Gesprek met de cliënt\nVoer het gesprek.", 0, 1, 0);
    List<Block> blocks = b.blocks();
    assertEquals("Stap 2: Collegiale consultatie en zo nodig raadplegen van het AMK of het Steunpunt", blocks.get(0).text());
    assertEquals("Bespreek de signalen met een deskundige collega.", blocks.get(1).text());
    assertEquals("Stap 3: Gesprek met de cliënt", blocks.get(2).text(), "a complete heading does not swallow the body");
  }

  /** A PDF chapter title without a dot is a heading when its first section follows it. */
  @Test
  void aChapterNumberWithoutDotOverItsFirstSectionIsAHeading() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.PARAGRAPH, "6 Meldcode huiselijk geweld en kindermishandeling\n6.1 Uitgangspunten\n"
        + "De school is wettelijk verplicht een meldcode te hebben.", 0, 4, 0);
    b.add(BlockKind.PARAGRAPH, "3 medewerkers volgen de training\nin het voorjaar.", 0, 4, 0);
    List<Block> blocks = b.blocks();
    assertEquals(BlockKind.HEADING, blocks.get(0).kind());
    assertEquals("6 Meldcode huiselijk geweld en kindermishandeling", blocks.get(0).text());
    assertEquals("6.1 Uitgangspunten", blocks.get(1).text());
    assertEquals(List.of("6 Meldcode huiselijk geweld en kindermishandeling", "6.1 Uitgangspunten"),
        blocks.get(2).headingPath());
    assertEquals(BlockKind.PARAGRAPH, blocks.get(3).kind(), "a sentence that starts with a number stays one");
  }

  @Test
  void stepWithoutChapterIsLevelOne() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.PARAGRAPH, "Stap 4: Weeg de aard en ernst", 0, 0, 0);
    assertEquals(1, b.blocks().get(0).level());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'  een   twee\t\tdrie  '|een twee drie",
      "'regel een  \r\n\r\n   regel twee '|'regel een\nregel twee'",
      "'\n\n tekst\n\n'|tekst",
      "'ﬁnanciën en zorg\u00ADverlener'|'ﬁnanciën en zorg\u00ADverlener'",
      "'   '|''"})
  void cleanOnlyTrimsAndCollapses(String in, String out) {
    assertEquals(out, TextClean.clean(in));
  }
}
