package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The character limit stops a parse where it is reached, not at the end of the document. */
class BlockHandlerLimitTest {
  @TempDir Path dir;

  @Test
  void limitStopsAMultiPagePdfOnTheFirstPage() throws Exception {
    List<List<String>> pages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      pages.add(List.of("Stap " + i + ": de beroepskracht brengt signalen in kaart en overlegt met een collega."));
    }
    Path pdf = Fixtures.pdf(dir.resolve("veertig.pdf"), pages, null);
    BlockHandler handler = new BlockHandler(50);
    Exception e;
    try (InputStream in = Files.newInputStream(pdf)) {
      // Tika's PDF parser catches most exceptions per page and goes on with the next page; only
      // its own write-limit exception ends the parse, so the handler must throw that type
      e = assertThrows(Exception.class, () -> new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext()));
    }
    assertTrue(WriteLimitReachedException.isWriteLimitReached(e), e.toString());
    assertTrue(handler.limitReached());
    assertEquals(1, handler.pageCount(), "pages started after the limit was reached");
  }

  @Test
  void whitespaceCountsAndTheHeadDoesNot() throws Exception {
    BlockHandler handler = new BlockHandler(10);
    handler.startElement("", "head", "head", new org.xml.sax.helpers.AttributesImpl());
    handler.characters("een titel van twintig".toCharArray(), 0, 21);
    handler.ignorableWhitespace("\n\n".toCharArray(), 0, 2);
    handler.endElement("", "head", "head");
    handler.characters("12345".toCharArray(), 0, 5);
    handler.ignorableWhitespace("\n\n\n\n\n".toCharArray(), 0, 5);
    assertThrows(WriteLimitReachedException.class, () -> handler.characters("x".toCharArray(), 0, 1));
  }
}
