package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running headers, footers and page-broken paragraphs, on blocks as a PDF gives them. */
class PageCleanupTest {
  private static RawBlock p(String text, int page) {
    return new RawBlock(BlockKind.PARAGRAPH, text, 0, page, 0);
  }

  private static final String[] TOPICS = {"signalen", "overleg", "gesprek", "weging", "besluit",
      "melding", "nazorg", "scholing", "evaluatie", "privacy"};

  /**
   * Pages of body text, each framed by the given header and footer ("%d" is the page). The body
   * texts differ in their words, not only in a number, as real pages do.
   */
  private static List<RawBlock> pages(int n, String header, String footer) {
    List<RawBlock> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (header != null) {
        out.add(p(header.formatted(i), i));
      }
      out.add(p("Tekst over " + TOPICS[i - 1] + ".", i));
      if (footer != null) {
        out.add(p(footer.formatted(i), i));
      }
    }
    return out;
  }

  private static List<String> texts(List<RawBlock> blocks) {
    List<String> out = new ArrayList<>();
    for (RawBlock b : blocks) {
      out.add(b.page() + ":" + b.text());
    }
    return out;
  }

  @Test
  void headerAndPageFooterOnEveryPageGo() {
    // the running header is kept once, at the end, with the page it first stood on (a footer is
    // often the only place of a document's adoption date); the page numbers go
    assertEquals(List.of("1:Tekst over signalen.", "2:Tekst over overleg.", "3:Tekst over gesprek.",
        "4:Tekst over weging.", "1:Meldcode De Brug"),
        texts(PageCleanup.apply(pages(4, "Meldcode De Brug", "pagina %d van 4"), 4)));
  }

  @Test
  void shortDocumentsNeedMoreThanHalfThePagesAndOneTwoPageDocumentBoth() {
    assertEquals(3, PageCleanup.apply(pages(2, "Meldcode De Brug", null), 2).size(), "two pages and the header once");
    List<RawBlock> once = pages(2, null, null);
    once.add(0, p("Meldcode De Brug", 1));
    assertEquals(3, PageCleanup.apply(once, 2).size(), "on one page of two it is content");
    assertEquals(2, PageCleanup.apply(pages(1, "Meldcode De Brug", null), 1).size(),
        "a single page has no running text");
  }

  @Test
  void longDocumentsNeedThreePages() {
    List<RawBlock> blocks = pages(10, null, null);
    blocks.add(0, p("Bijlage", 1));
    blocks.add(3, p("Bijlage", 2)); // first block of page 2 and 1: two pages of ten
    assertEquals(12, PageCleanup.apply(blocks, 10).size());
  }

  @Test
  void bareNumbersGoOnlyWhenTheyFollowThePage() {
    // page numbers of a document with a cover page: "1" on page 2, "2" on page 3...
    assertEquals(4, PageCleanup.dropRunningText(pagesWithNumber(4, -1), 4).size());
    // numbers left by a table at page ends do not follow the page
    List<RawBlock> blocks = pages(4, null, null);
    int[] numbers = {921, 343, 118, 77};
    for (int i = 4; i >= 1; i--) {
      blocks.add(i, p(Integer.toString(numbers[i - 1]), i)); // last block of page i
    }
    assertEquals(8, PageCleanup.dropRunningText(blocks, 4).size());
  }

  private static List<RawBlock> pagesWithNumber(int n, int offset) {
    List<RawBlock> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(p("Tekst over " + TOPICS[i - 1] + ".", i));
      out.add(p(Integer.toString(i + offset), i));
    }
    return out;
  }

  @Test
  void aHeaderGluedToTheFirstParagraphIsPeeledOffByLine() {
    List<RawBlock> blocks = List.of(
        p("Meldcode De Brug", 1), p("Eerste alinea.", 1),
        p("Meldcode De Brug\nTweede alinea.", 2),
        p("Meldcode De Brug\nversie 2024", 3), p("Derde alinea.", 3));
    assertEquals(List.of("1:Eerste alinea.", "2:Tweede alinea.", "3:versie 2024", "3:Derde alinea.", "1:Meldcode De Brug"),
        texts(PageCleanup.dropRunningText(blocks, 3)));
  }

  @Test
  void aParagraphBrokenByAPageIsJoinedOnItsFirstPage() {
    List<RawBlock> blocks = List.of(p("De medewerker bespreekt de zorgen met", 4),
        p("de aandachtsfunctionaris.", 5), p("Daarna volgt stap 3.", 5));
    assertEquals(List.of("4:De medewerker bespreekt de zorgen met\nde aandachtsfunctionaris.",
        "5:Daarna volgt stap 3."), texts(PageCleanup.joinBrokenParagraphs(blocks)));
  }

  @Test
  void continuationNeedsNoSentenceEndAndALowerCaseStart() {
    assertTrue(PageCleanup.continues("bespreekt de zorgen met", "de collega"));
    assertTrue(PageCleanup.continues("zorgen (zie bijlage)", "en overleg"));
    assertFalse(PageCleanup.continues("bespreekt de zorgen.", "de collega"));
    assertFalse(PageCleanup.continues("Wij wegen af:", "is melden nodig?"));
    assertFalse(PageCleanup.continues("bespreekt de zorgen met", "De collega"));
    assertFalse(PageCleanup.continues("De afwegingsvragen", "a) Is er een vermoeden?"));
    assertFalse(PageCleanup.continues("De afwegingsvragen", "b. Is hulp mogelijk?"));
  }

  @Test
  void listItemsAndTablesAreNotJoined() {
    List<RawBlock> blocks = List.of(p("Tekst zonder punt", 1),
        new RawBlock(BlockKind.TABLE_ROW, "stap 2", 0, 2, 0));
    assertEquals(2, PageCleanup.joinBrokenParagraphs(blocks).size());
  }

  @Test
  void keyNormalisesDigitsCaseAndSpaces() {
    assertEquals("pagina # van #", PageCleanup.key("Pagina  3 van 12"));
    assertEquals(PageCleanup.edgeKey("- 3 -", 3), PageCleanup.edgeKey("- 4 -", 4));
    assertFalse(PageCleanup.edgeKey("921", 3).equals(PageCleanup.edgeKey("343", 4)));
  }
}
