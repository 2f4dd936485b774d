package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings and sentences that a PDF layout broke apart are put back together. */
class BlockBuilderTest {
  @Test
  void aHeadingWrappedIntoTheNextParagraphGetsItsLastWordBack() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.HEADING, "4.6 Zorgen over de thuissituatie: onze", 2, 1, 0);
    b.add(BlockKind.PARAGRAPH, "meldcode\nSoms ziet een leerkracht signalen.", 0, 1, 0);
    List<Block> blocks = b.blocks();
    assertEquals("4.6 Zorgen over de thuissituatie: onze meldcode", blocks.get(0).text());
    assertEquals(BlockKind.PARAGRAPH, blocks.get(1).kind());
    assertEquals(List.of("4.6 Zorgen over de thuissituatie: onze meldcode"), blocks.get(1).headingPath());
  }

  @Test
  void aParagraphStartingInLowerCaseAfterACompleteHeadingStaysAParagraph() {
    BlockBuilder b = new BlockBuilder();
    b.add(BlockKind.HEADING, "Stap 2: collegiale consultatie", 2, 1, 0);
    b.add(BlockKind.PARAGRAPH, "bespreek je zorgen met een collega.", 0, 1, 0);
    assertEquals("Stap 2: collegiale consultatie", b.blocks().get(0).text());
    assertEquals(2, b.blocks().size());
  }
}
